import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { exportBackup, previewMerge, readAllData, restoreBackup } from '../../src/lib/db/backup';
import { db, DERIVED_TABLES } from '../../src/lib/db/database';
import { replaceAllData, wipeAllData } from '../../src/lib/db/dataset';
import { addPerson, updatePerson } from '../../src/lib/db/repositories/people';
import { readBackup } from '../../src/lib/domain/backup/read';
import { serializeBackup } from '../../src/lib/domain/backup/format';
import { APP_VERSION } from '../../src/lib/app-version';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import { datasetArbitrary } from './backup-arbitraries';
import { newestContactDays } from './contact-truth';
import { personDraft } from './factories';

/** Every store, derived ones included, as sorted plain rows. */
async function dump() {
	const out: Record<string, unknown[]> = {};
	for (const table of db().tables) {
		const rows = await table.toArray();
		out[table.name] = rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	}
	return out;
}

async function readOk(text: string) {
	const result = await readBackup(text, { pause: async () => {} });
	if (!result.ok) throw new Error(result.problem.message + result.problem.details.join(' '));
	return result.backup;
}

describe('backup round trip', () => {
	it('any valid database → export → wipe → restore gives an identical database', async () => {
		await fc.assert(
			fc.asyncProperty(datasetArbitrary, async (data) => {
				await replaceAllData(data);
				const before = await dump();
				const { text } = await exportBackup();
				await wipeAllData();
				expect((await dump()).people).toEqual([]);
				const backup = await readOk(text);
				await restoreBackup(backup.data, 'replace');
				expect(await dump()).toEqual(before);
			}),
			{ numRuns: 40 }
		);
	});

	it('merging a backup into the database it came from changes nothing', async () => {
		await fc.assert(
			fc.asyncProperty(datasetArbitrary, async (data) => {
				await replaceAllData(data);
				const before = await dump();
				const backup = await readOk((await exportBackup()).text);
				const plan = await previewMerge(backup.data);
				expect(
					Object.values(plan.records).every(
						(c) => c.added === 0 && c.updated === 0 && c.removed === 0
					)
				).toBe(true);
				expect(plan.settings.added).toEqual({ channels: 0, templates: 0, savedViews: 0 });
				await restoreBackup(backup.data, 'merge');
				expect(await dump()).toEqual(before);
			}),
			{ numRuns: 20 }
		);
	});

	it('merge keeps records on both sides and the newer copy of each', async () => {
		const sample = generateSampleData({ today: '2026-05-01' });
		await replaceAllData(sample);
		const backup = await readOk((await exportBackup()).text);
		// After the backup: one person edited here, one added here.
		const edited = sample.people[0]!;
		await updatePerson(edited.id, { title: 'Edited after the backup' });
		const added = await addPerson(personDraft({ name: 'Only on this device' }));
		// In the backup: another person changed later than the device's copy.
		const other = sample.people[1]!;
		const newer = { ...other, title: 'Newer in the file', updatedAt: '2099-01-01T00:00:00.000Z' };
		backup.data.people = backup.data.people.map((p) => (p.id === other.id ? newer : p));

		const plan = await previewMerge(backup.data);
		expect(plan.records.people).toEqual({
			added: 0,
			updated: 1,
			removed: 0,
			kept: sample.people.length - 1
		});
		await restoreBackup(backup.data, 'merge');
		const people = await db().people.toArray();
		expect(people).toHaveLength(sample.people.length + 1);
		expect(people.find((p) => p.id === edited.id)?.title).toBe('Edited after the backup');
		expect(people.find((p) => p.id === added.id)?.name).toBe('Only on this device');
		expect(people.find((p) => p.id === other.id)?.title).toBe('Newer in the file');
		// The derived rows are rebuilt for everything that is now stored.
		const stored = await db().lastContacts.toArray();
		expect(new Map(stored.map((r) => [r.personId, r.date]))).toEqual(await newestContactDays());
		expect(stored.length).toBeGreaterThan(0);
	});

	it('a restore that fails half-way leaves the database exactly as it was', async () => {
		await replaceAllData(generateSampleData({ today: '2026-05-01', seed: 1 }));
		const before = await dump();
		const backup = await readOk(
			(
				await (async () => {
					const other = generateSampleData({ today: '2026-06-01', seed: 2 });
					await replaceAllData(other);
					const file = await exportBackup();
					await replaceAllData(generateSampleData({ today: '2026-05-01', seed: 1 }));
					return file;
				})()
			).text
		);
		expect(await dump()).toEqual(before);
		// Leads are written after people, interactions and exchanges: those are already in the transaction.
		const spy = vi
			.spyOn(db().leads, 'bulkAdd')
			.mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		const progress: number[] = [];
		for (const mode of ['replace', 'merge'] as const) {
			await expect(restoreBackup(backup.data, mode, (done) => progress.push(done))).rejects.toThrow(
				/out of storage space/
			);
		}
		spy.mockRestore();
		expect(progress.length).toBeGreaterThan(1);
		expect(await dump()).toEqual(before);
	});

	it('reports restore progress that never goes back and ends with everything written', async () => {
		const sample = generateSampleData({ today: '2026-05-01', seed: 4 });
		await replaceAllData(sample);
		const { data } = await readOk((await exportBackup()).text);
		const seen: [number, number][] = [];
		await restoreBackup(data, 'replace', (done, total) => seen.push([done, total]));
		const fractions = seen.map(([done, total]) => done / total);
		expect(fractions.length).toBeGreaterThan(2);
		expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
		const [done, total] = seen.at(-1)!;
		expect(done).toBe(total);
		// Every record, then the derived rows rebuilt from them.
		const records =
			sample.people.length +
			sample.organisations.length +
			sample.interactions.length +
			sample.exchanges.length +
			sample.leads.length;
		expect(total).toBeGreaterThan(records);
		expect(await db().insights.count()).toBeGreaterThan(0);
	});

	it('writes each entity as it is read, giving exactly the file of the whole dataset', async () => {
		await replaceAllData(generateSampleData({ today: '2026-05-01', seed: 3 }));
		await addPerson(personDraft({ name: 'Quote " and \\ backslash' }));
		const file = await exportBackup();
		const meta = { appVersion: APP_VERSION, exportedAt: file.exportedAt };
		expect(file.text).toBe(serializeBackup(await readAllData(), meta));
		await wipeAllData();
		const empty = await exportBackup();
		expect(empty.text).toBe(
			serializeBackup(await readAllData(), { ...meta, exportedAt: empty.exportedAt })
		);
		expect(JSON.parse(empty.text).people).toEqual([]);
	});

	it('exports tombstones and settings, never the derived index', async () => {
		await replaceAllData(generateSampleData({ today: '2026-05-01' }));
		const { text, filename } = await exportBackup();
		expect(filename).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);
		const file = JSON.parse(text);
		expect(Object.keys(file)).toEqual([
			'format',
			'formatVersion',
			'appVersion',
			'exportedAt',
			'counts',
			'settings',
			'people',
			'organisations',
			'interactions',
			'exchanges',
			'leads'
		]);
		expect(file).toMatchObject({ format: 'rapport-backup', formatVersion: 2 });
		expect(file.appVersion).toMatch(/^\d+\.\d+\.\d+/);
		expect(file.counts.people).toBe(file.people.length);
		for (const derived of DERIVED_TABLES) expect(text).not.toContain(`"${derived}"`);
		// One record per line: readable and greppable in a text editor.
		expect(text.split('\n').length).toBeGreaterThan(file.interactions.length);
		expect((await readAllData()).people).toHaveLength(file.people.length);
	});
});
