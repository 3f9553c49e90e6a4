import { Dexie } from 'dexie';
import { yieldToMain } from '$lib/yield';
import { exportBackup, readAllData, restoreBackup } from '$lib/db/backup';
import { serializeBackup } from '$lib/domain/backup/format';
import { replaceAllData, wipeAllData } from '$lib/db/dataset';
import { importPeople, loadPeopleForImport } from '$lib/db/import-people';
import { readBackup } from '$lib/domain/backup/read';
import { readCsv } from '$lib/domain/import/csv-read';
import { autoMap } from '$lib/domain/import/fields';
import { planImport } from '$lib/domain/import/plan';
import {
	db,
	RapportDB,
	SCHEMA_V1,
	SCHEMA_V2_CHANGES,
	SCHEMA_V3_CHANGES,
	SCHEMA_V4_CHANGES
} from '$lib/db/database';
import { ALL_TIME, countersOf } from '$lib/domain/insights/counters';
import { toDay } from '$lib/domain/days';
import { BENCHMARK_SIZE, generateSampleData, type SampleSize } from '$lib/domain/sample/generate';

/**
 * Entry points for `npm run bench`, included only in builds made with
 * VITE_BENCH=1 (never in the app users get). They run the app's own code:
 * the same generator and the same validated, transactional load as Settings.
 */
export const benchHooks = {
	async loadSample(scale: number) {
		const size: SampleSize = {
			people: Math.round(BENCHMARK_SIZE.people * scale),
			organisations: Math.max(8, Math.round(BENCHMARK_SIZE.organisations * scale)),
			interactions: Math.round(BENCHMARK_SIZE.interactions * scale),
			exchanges: Math.round(BENCHMARK_SIZE.exchanges * scale),
			leads: Math.round(BENCHMARK_SIZE.leads * scale)
		};
		const t0 = performance.now();
		const data = generateSampleData({ today: toDay(new Date()), size });
		const t1 = performance.now();
		await replaceAllData(data);
		const t2 = performance.now();
		const counts = new Map<string, number>();
		for (const i of data.interactions) {
			for (const p of i.personIds) counts.set(p, (counts.get(p) ?? 0) + 1);
		}
		const longest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
		return {
			rows:
				data.people.length +
				data.organisations.length +
				data.interactions.length +
				data.exchanges.length +
				data.leads.length,
			generateMs: t1 - t0,
			loadMs: t2 - t1,
			longestHistory: { personId: longest?.[0] ?? '', interactions: longest?.[1] ?? 0 }
		};
	},

	/** How long each screen's reads take, apart from rendering: where the time goes. */
	async viewReads(personId: string) {
		const views = await import('$lib/db/views');
		const today = await import('$lib/db/views-today');
		const timed = async (read: () => Promise<unknown>) => {
			const t = performance.now();
			await read();
			return performance.now() - t;
		};
		return {
			todayMs: await timed(() => today.loadToday(toDay(new Date()), { followUps: 12, due: 12 })),
			giveBackMs: await timed(() => today.loadGiveBack()),
			peopleMs: await timed(() => views.loadPeople()),
			personMs: await timed(() => views.loadPerson(personId))
		};
	},

	/** Insights' reads for all time alone (counters, then the people and organisations named). */
	async insightsReads() {
		const { loadInsights } = await import('$lib/db/views-insights');
		const timings: Record<string, number> = {};
		const t = performance.now();
		await loadInsights({ kind: 'relative', period: 'all' }, toDay(new Date()), timings);
		return { ms: performance.now() - t, ...timings };
	},

	/**
	 * Opens a page the way a tap on a link does (client-side navigation) and
	 * resolves when `count` elements match `selector` (attributes count too, so
	 * `canvas[data-drawn]` works): milliseconds from tap to content.
	 */
	async navigate(path: string, selector: string, count = 1) {
		const { goto } = await import('$app/navigation');
		const start = performance.now();
		const shown = new Promise<void>((resolve) => {
			const observer = new MutationObserver(() => {
				if (document.querySelectorAll(selector).length >= count) {
					observer.disconnect();
					resolve();
				}
			});
			observer.observe(document.body, { childList: true, subtree: true, attributes: true });
		});
		await goto(path);
		await shown;
		return performance.now() - start;
	},

	/**
	 * The CSV import of `rows` people (a Google Contacts-shaped file with quoted
	 * notes, several emails and phones, 500 organisations) through the same
	 * steps as the Import screen: read, map, plan against everyone already
	 * stored, write. `run` keeps names and emails distinct between runs.
	 * Reports the longest main-thread task seen by a 'longtask' observer.
	 */
	async csvImport(rows: number, run: string) {
		const lines = [
			'First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Organization Name,Organization Title,Labels,Notes'
		];
		for (let i = 0; i < rows; i++) {
			const phone = String(i).padStart(5, '0');
			lines.push(
				`Bench${run},Person ${i},b${run}.${i}@bench.test ::: alt${run}.${i}@bench.test,+1 555 ${phone},Company ${i % 500},Engineer,* myContacts ::: bench,"Met at event ${i}, said:\n""call me"""`
			);
		}
		const text = lines.join('\r\n');
		const tasks: { start: number; duration: number }[] = [];
		const observer = new PerformanceObserver((list) => {
			for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
		});
		observer.observe({ type: 'longtask', buffered: false });
		const t0 = performance.now();
		const table = await readCsv(text);
		const t1 = performance.now();
		const existing = await loadPeopleForImport();
		const plan = await planImport(table, autoMap(table.headers), existing, 'skip');
		const t2 = performance.now();
		const written = await importPeople(plan);
		const t3 = performance.now();
		// Long tasks are reported after they end: give the observer a turn.
		await new Promise((r) => setTimeout(r, 50));
		observer.disconnect();
		const longest = (from: number, to: number) =>
			Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
		return {
			rows,
			created: written.created,
			errors: plan.counts.error,
			totalMs: t3 - t0,
			readMs: t1 - t0,
			planMs: t2 - t1,
			writeMs: t3 - t2,
			rowsPerSecond: Math.round((rows / (t3 - t0)) * 1000),
			longestTaskMs: longest(t0, Infinity),
			longTasks: tasks.length,
			longestTaskByPhaseMs: {
				read: longest(t0, t1),
				plan: longest(t1, t2),
				write: longest(t2, Infinity)
			}
		};
	},

	/** Settings → Back up now, without the download: read everything, write the file text. */
	async backupExport() {
		const t0 = performance.now();
		const file = await exportBackup();
		const blob = new Blob([file.text], { type: 'application/json' });
		const ms = performance.now() - t0;
		lastBackup = file.text;
		return { ms, bytes: blob.size };
	},

	/** The export's phases on their own: the one read transaction, then writing the text. */
	async backupExportPhases() {
		const t0 = performance.now();
		const data = await readAllData();
		const t1 = performance.now();
		const text = serializeBackup(data, {
			appVersion: 'bench',
			exportedAt: new Date().toISOString()
		});
		const t2 = performance.now();
		const blob = new Blob([text], { type: 'application/json' });
		const t3 = performance.now();
		return { readMs: t1 - t0, serializeMs: t2 - t1, blobMs: t3 - t2, bytes: blob.size };
	},

	/**
	 * Settings → Restore, replace, on the file from `backupExport`: read the file,
	 * parse, validate in slices, write in one transaction. `empty` wipes the
	 * database first (not timed), as on a new device. Also the longest task
	 * the page saw, to show how responsive it stayed.
	 */
	async fullRestore(options: { empty?: boolean } = {}) {
		if (!lastBackup) throw new Error('Run backupExport first.');
		if (options.empty) await wipeAllData();
		const longest = watchLongTasks();
		const file = new File([lastBackup], 'rapport-backup.json', { type: 'application/json' });
		const t0 = performance.now();
		const text = await file.text();
		let t1 = t0;
		const result = await readBackup(text, {
			pause: yieldToMain,
			onProgress: (f) => {
				if (f <= 0.3) t1 = performance.now();
			}
		});
		if (!result.ok) throw new Error(result.problem.message);
		const t2 = performance.now();
		await restoreBackup(result.backup.data, 'replace');
		const t3 = performance.now();
		return {
			ms: t3 - t0,
			parseMs: t1 - t0,
			validateMs: t2 - t1,
			writeMs: t3 - t2,
			longestTaskMs: longest.stop()
		};
	},

	/**
	 * The one-time upgrade from database version 4 (to 5 … 9) on this dataset's
	 * derived rows: a scratch database at version 4 holding its Insights rows and
	 * who introduced whom as version 4 stored them (objects, no all-time rows),
	 * then opened by the app's RapportDB. It holds no interactions or exchanges, so
	 * version 9's read of them (for last contacts and costs) is not in this number.
	 */
	async upgradeFromV4() {
		const name = 'rapport-upgrade-bench';
		await Dexie.delete(name);
		const rows = (await db().insights.toArray())
			.filter((r) => !r.id.endsWith(`|${ALL_TIME}`))
			.map((r) => ({ id: r.id, c: countersOf(r) }));
		const introductions = await db().introductions.toArray();
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		old.version(2).stores(SCHEMA_V2_CHANGES);
		old.version(3).stores(SCHEMA_V3_CHANGES);
		old.version(4).stores(SCHEMA_V4_CHANGES);
		await old.table('insights').bulkAdd(rows);
		await old.table('introductions').bulkAdd(
			introductions.map((row) => ({
				id: row.id,
				by: Object.fromEntries(row.people.map((id, i) => [id, row.introducers[i]])),
				deleted: Object.fromEntries(row.deleted.map((id) => [id, true]))
			}))
		);
		old.close();
		const t = performance.now();
		const upgraded = new RapportDB(name);
		await upgraded.open();
		const ms = performance.now() - t;
		const after = await upgraded.insights.count();
		const introduced = (await upgraded.introductions.toArray())[0]?.people.length ?? 0;
		upgraded.close();
		await Dexie.delete(name);
		return { ms, rows: rows.length, after, introduced };
	},

	/** Dexie against plain IndexedDB on the same rows: bulk insert, then read all. */
	async dexieVersusRaw(scale: number) {
		const people = generateSampleData({
			today: toDay(new Date()),
			size: {
				people: Math.round(10_000 * scale),
				organisations: 8,
				interactions: 0,
				exchanges: 0,
				leads: 0
			}
		}).people;
		await Dexie.delete('bench-dexie');
		const dexie = new RapportDB('bench-dexie');
		await dexie.open();
		let t = performance.now();
		await dexie.people.bulkAdd(people);
		const dexieInsert = performance.now() - t;
		t = performance.now();
		const dexieRead = (await dexie.people.toArray()).length;
		const dexieReadMs = performance.now() - t;
		dexie.close();
		await Dexie.delete('bench-dexie');

		const raw = await rawOpen('bench-raw');
		t = performance.now();
		await rawPutAll(raw, people);
		const rawInsert = performance.now() - t;
		t = performance.now();
		const rawRead = await rawGetAll(raw);
		const rawReadMs = performance.now() - t;
		raw.close();
		indexedDB.deleteDatabase('bench-raw');
		if (rawRead !== dexieRead) throw new Error('raw and Dexie read different row counts');
		return { rows: people.length, dexieInsert, rawInsert, dexieReadMs, rawReadMs };
	}
};

let lastBackup: string | undefined;

function watchLongTasks() {
	let longest = 0;
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
	});
	try {
		observer.observe({ type: 'longtask' });
	} catch {
		// Not every browser reports long tasks.
	}
	return {
		stop() {
			observer.disconnect();
			return longest;
		}
	};
}

function rawOpen(name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		indexedDB.deleteDatabase(name);
		const request = indexedDB.open(name, 1);
		request.onupgradeneeded = () => {
			// The same indexes as the people table.
			const store = request.result.createObjectStore('people', { keyPath: 'id' });
			store.createIndex('name', 'name');
			store.createIndex('tags', 'tags', { multiEntry: true });
			store.createIndex('roles', 'roles', { multiEntry: true });
			store.createIndex('organisationIds', 'organisationIds', { multiEntry: true });
			store.createIndex('introducedById', 'introducedById');
			store.createIndex('updatedAt', 'updatedAt');
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

function rawPutAll(db: IDBDatabase, rows: object[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction('people', 'readwrite');
		const store = tx.objectStore('people');
		for (const row of rows) store.add(row);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
}

function rawGetAll(db: IDBDatabase): Promise<number> {
	return new Promise((resolve, reject) => {
		const request = db.transaction('people').objectStore('people').getAll();
		request.onsuccess = () => resolve(request.result.length);
		request.onerror = () => reject(request.error);
	});
}

export type BenchHooks = typeof benchHooks;
