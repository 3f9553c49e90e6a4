// npm run bench: measure Rapport in headless Chromium on years of data.
//   node bench/run.mjs           full run: 10,000 people, 100,000 interactions and exchanges
//   node bench/run.mjs --smoke   a small, quick run (CI runs it so the harness never rots)
//   node bench/run.mjs --built   measure the production build already in build/ (npm test has
//                                just made it) instead of building it again
//   node bench/run.mjs --only=csv-import   the full dataset, then only the CSV import
//   node bench/run.mjs --only=insights     the full dataset, then only the Insights page
//   node bench/run.mjs --only=writes       the full dataset, then backup export and restore (1×)
//                                          and the quick log save (1× and 4×)
//   node bench/run.mjs --only=people       the full dataset, then only People search, opening
//                                          the person with the longest history and the reads
// Builds the production bundle (for sizes), then a bench build (VITE_BENCH=1) whose only
// difference is a lazily loaded hook to load data through the app's own code paths.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { ensureDependencies, heading, runNpx } from '../scripts/run.mjs';

const smoke = process.argv.includes('--smoke');
const scale = smoke ? 0.02 : 1;
const repeats = smoke ? 3 : 15;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const port = Number(process.env.BENCH_PORT) || 4179;
const base = `http://127.0.0.1:${port}`;

ensureDependencies();
const executablePath = ensureChromium();

if (!process.argv.includes('--built')) {
	heading('Production build (for bundle sizes)');
	if (runNpx(['vite', 'build']) !== 0) process.exit(1);
}
const sizes = bundleSizes('build');

heading('Bench build');
if (runNpx(['vite', 'build'], { env: { ...process.env, VITE_BENCH: '1' } }) !== 0) process.exit(1);

if (await isUp(base)) {
	console.error(`Something is already serving ${base}; stop it and run the benchmark again.`);
	process.exit(1);
}
// Vite itself, not an npx wrapper, so stopping it really stops the server.
const server = spawn(
	process.execPath,
	[
		'node_modules/vite/bin/vite.js',
		'preview',
		'--host',
		'127.0.0.1',
		'--port',
		String(port),
		'--strictPort'
	],
	{ stdio: 'ignore' }
);
const results = { machine: machine(), smoke, scale, repeats, sizes, measurements: {} };
let failed = false;
try {
	await waitForServer(base);
	heading(`Measuring (${smoke ? 'smoke' : 'full'} run)`);
	await measure(results);
} catch (error) {
	failed = true;
	console.error(error);
} finally {
	server.kill();
}

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${smoke ? 'smoke' : 'latest'}.json`;
writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
printTable(results);
console.log(`\nWrote ${file}`);
process.exit(failed ? 1 : 0);

async function measure(out) {
	const browser = await chromium.launch({
		executablePath,
		args: CHROMIUM_ARGS
	});
	const m = out.measurements;
	m.loadWhileStarting = await loadWhileStarting(browser);
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);

	// Cold: first visit, nothing cached, empty database.
	await page.goto(`${base}/`);
	await page.getByRole('button', { name: 'Explore with sample data' }).waitFor();
	m.todayColdFirstVisitMs = await sinceNavigation(page);

	const loaded = await page.evaluate(async (s) => {
		while (!window.rapportBench) await new Promise((r) => setTimeout(r, 20));
		return window.rapportBench.loadSample(s);
	}, scale);
	m.dataset = loaded;
	m.dexieVersusRaw = await page.evaluate((s) => window.rapportBench.dexieVersusRaw(s), scale);
	m.dexieVersusRaw.insertRatio = m.dexieVersusRaw.dexieInsert / m.dexieVersusRaw.rawInsert;
	m.dexieVersusRaw.readRatio = m.dexieVersusRaw.dexieReadMs / m.dexieVersusRaw.rawReadMs;
	// What a user with this much data waits for once, on the first start after the update.
	m.upgradeFromV4 = await page.evaluate(() => window.rapportBench.upgradeFromV4());

	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();

	// Backup of everything, then a full restore of that file: onto the same data
	// (replace: clear, then write) and into an empty database (a new phone, or
	// after the browser cleared the site). First, so a slow screen later cannot
	// stop them; a restore writes back identical rows, so later numbers are unaffected.
	await page.goto(`${base}/settings`);
	await page.evaluate(async () => {
		while (!window.rapportBench) await new Promise((r) => setTimeout(r, 20));
	});
	// The smoke run (CI) checks that every measurement still runs, once, unthrottled: the
	// 4× rounds take the same code paths and would only add time to the suite.
	const rates = smoke ? [1] : [1, 4];
	const screens = only === 'csv-import' ? [] : rates;
	for (const rate of only ? (only === 'writes' ? [1] : []) : screens) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		const r = (m[`cpu${rate}x`] = {});
		const exports = [];
		const restores = [];
		const intoEmpty = [];
		for (let i = 0; i < (rate === 1 && !only ? 2 : 1); i++) {
			exports.push(await page.evaluate(() => window.rapportBench.backupExport()));
			restores.push(await page.evaluate(() => window.rapportBench.fullRestore()));
			intoEmpty.push(await page.evaluate(() => window.rapportBench.fullRestore({ empty: true })));
		}
		r.backupExportMs = summarise(exports.map((e) => e.ms));
		r.backupBytes = exports[0].bytes;
		r.fullRestoreMs = summarise(restores.map((e) => e.ms));
		r.fullRestoreEmptyMs = summarise(intoEmpty.map((e) => e.ms));
		r.fullRestorePhases = [...restores, ...intoEmpty];
	}
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

	for (const rate of only === 'insights' ? screens : []) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		const r = (m[`cpu${rate}x`] ??= {});
		r.insightsRenderMs = await repeat(() => insightsOnce(page));
		r.insightsTapMs = await repeat(() => insightsTap(page));
		Object.assign(r, await insightsReads(page));
	}
	for (const rate of only ? [] : screens) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		const r = (m[`cpu${rate}x`] ??= {});
		r.todayWarmMs = await repeat(async () => {
			await page.goto(`${base}/`);
			await page.getByRole('heading', { name: 'Open follow-ups' }).waitFor();
			await page.getByRole('heading', { name: 'Due for a touch' }).waitFor();
			return sinceNavigation(page);
		});
		// The give-back sections load after the lists, with their own reads.
		r.todayGiveBackMs = await repeat(async () => {
			await page.goto(`${base}/`);
			await page.getByRole('heading', { name: 'You owe' }).waitFor();
			return sinceNavigation(page);
		});
		await measurePeople(page, r, loaded.longestHistory.personId);
		r.insightsRenderMs = await repeat(() => insightsOnce(page));
		r.insightsTapMs = await repeat(() => insightsTap(page));
		Object.assign(r, await insightsReads(page));
		await page.goto(`${base}/log?person=${loaded.longestHistory.personId}`);
		await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
		r.quickLogSaveMs = await repeat(() => saveOnce(page));
	}
	for (const rate of only === 'writes' ? [1, 4] : []) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		await page.goto(`${base}/log?person=${loaded.longestHistory.personId}`);
		await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
		(m[`cpu${rate}x`] ??= {}).quickLogSaveMs = await repeat(() => saveOnce(page));
	}
	for (const rate of only === 'people' ? screens : []) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		await measurePeople(page, (m[`cpu${rate}x`] ??= {}), loaded.longestHistory.personId);
	}
	// Last, so the people it adds never weigh on the screens measured above.
	for (const rate of only && only !== 'csv-import' ? [] : rates) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		await page.goto(`${base}/import`);
		await page.getByLabel(/File to import/).waitFor();
		const rows = Math.round(10_000 * scale);
		const result = await page.evaluate(
			([n, run]) => window.rapportBench.csvImport(n, run),
			[rows, `r${rate}`]
		);
		(m[`cpu${rate}x`] ??= {}).csvImport = result;
		if (result.created !== rows) {
			throw new Error(`CSV import created ${result.created} of ${rows} people`);
		}
	}
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await browser.close();
}

/**
 * The sample, loaded the moment a first visit's page starts (the database still being created,
 * live queries starting): a full replace once lost its transaction there and failed with
 * "Transaction committed too early" after writing. Twice, in new browser profiles; any failure
 * fails the run. Small, so it costs seconds.
 */
async function loadWhileStarting(browser) {
	const rows = [];
	for (let i = 0; i < 2; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${base}/`);
		rows.push(
			await page.evaluate(async () => {
				const until = performance.now() + 30_000;
				while (!window.rapportBench) {
					if (performance.now() > until)
						throw new Error('No bench hook: is this a VITE_BENCH build?');
					await new Promise((r) => setTimeout(r, 5));
				}
				return (await window.rapportBench.loadSample(0.02)).rows;
			})
		);
		await context.close();
	}
	return { runs: rows.length, rows: rows[0] };
}

/** People search, opening the person with the longest history, and each screen's reads. */
async function measurePeople(page, r, personId) {
	await page.goto(`${base}/people`);
	await page
		.getByText(/\d+ people/)
		.first()
		.waitFor();
	const terms = ['a', 'an', 'ana', '', 'ri', 'ric', '', 'lisbon', '', 'zz', ''];
	r.peopleSearchMs = await repeat(
		async (i) => searchOnce(page, terms[i % terms.length]),
		repeats * 2
	);
	// Opened from the People list, as a user taps a name: the app is already running.
	r.openLongestPersonMs = await repeat(async () => {
		await page.goto(`${base}/people`);
		await page.getByRole('searchbox', { name: 'Search' }).waitFor();
		return page.evaluate(
			(id) => window.rapportBench.navigate(`/people/${id}`, 'ol.timeline li'),
			personId
		);
	});
	// Each screen's database reads alone, to tell reading from rendering.
	const reads = [];
	for (let i = 0; i < repeats; i++) {
		reads.push(await page.evaluate((id) => window.rapportBench.viewReads(id), personId));
	}
	r.readsMs = Object.fromEntries(
		Object.keys(reads[0]).map((key) => [key, summarise(reads.map((x) => x[key]))])
	);
}

/**
 * Insights for all time, navigation to every chart drawn (seven canvases: the
 * referrers card draws two). Generous timeout: a timeout would lose the rest.
 */
async function insightsOnce(page) {
	await page.goto(`${base}/insights?period=all`);
	await page.waitForFunction(
		() => {
			const canvases = document.querySelectorAll('main canvas');
			return canvases.length >= 7 && [...canvases].every((c) => c.dataset.drawn === 'true');
		},
		undefined,
		{ timeout: 180_000, polling: 'raf' }
	);
	return sinceNavigation(page);
}

/**
 * Insights for all time opened inside the running app, as a tap on a link does
 * (from a settled Today, a fresh page each time so chart.js is not yet loaded): from the
 * tap to every chart drawn. The full page load above adds starting the app.
 */
async function insightsTap(page) {
	await page.goto(`${base}/`);
	// Today settled (its give-back sections load last), so the tap does not share the machine.
	await page.getByRole('heading', { name: 'You owe' }).waitFor();
	return page.evaluate(() =>
		window.rapportBench.navigate('/insights?period=all', 'main canvas[data-drawn="true"]', 7)
	);
}

/** Insights' database reads alone, all time, and the median of each phase. */
async function insightsReads(page) {
	const phases = [];
	const insightsReadsMs = await repeat(async () => {
		const t = await page.evaluate(() => window.rapportBench.insightsReads());
		phases.push(t);
		return t.ms;
	});
	const keys = Object.keys(phases[0]).filter((k) => k !== 'ms');
	const insightsReadPhasesMs = Object.fromEntries(
		keys.map((k) => [k, summarise(phases.map((p) => p[k] ?? 0)).median])
	);
	return { insightsReadsMs, insightsReadPhasesMs };
}

/** Milliseconds since the page's navigation started. */
function sinceNavigation(page) {
	return page.evaluate(() => performance.now());
}

/**
 * Keystroke to updated list: Svelte applies the change in a microtask, so once a
 * task queued after the input event runs, the list on screen is the new one.
 */
function searchOnce(page, term) {
	return page.evaluate(async (value) => {
		const input = document.getElementById('people-search');
		const start = performance.now();
		input.value = value;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise((r) => setTimeout(r, 0));
		return performance.now() - start;
	}, term);
}

/** Tap Save to "Saved:" on screen (the record is in IndexedDB by then). */
function saveOnce(page) {
	return page.evaluate(async () => {
		const form = document.querySelector('main form');
		const shown = new Promise((resolve) => {
			const observer = new MutationObserver((records) => {
				const added = records.some((r) =>
					[...r.addedNodes].some((n) => n instanceof Element && n.classList.contains('saved'))
				);
				if (added) {
					observer.disconnect();
					resolve();
				}
			});
			observer.observe(form, { childList: true, subtree: true });
		});
		// Something changed since the last save, as for a real next entry: a Save with the form
		// untouched since then is held once, against an accidental duplicate.
		const note = form.querySelector('#log-note');
		note.value = 'Bench';
		note.dispatchEvent(new Event('input', { bubbles: true }));
		const start = performance.now();
		form.querySelector('button[type=submit]').click();
		await shown;
		return performance.now() - start;
	});
}

async function repeat(run, times = repeats) {
	const values = [];
	for (let i = 0; i < times; i++) values.push(await run(i));
	return summarise(values);
}

function summarise(runs) {
	const values = [...runs];
	values.sort((a, b) => a - b);
	const at = (q) => values[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)];
	return { median: round(at(0.5)), p95: round(at(0.95)), runs: values.length };
}

function round(n) {
	return Math.round(n * 10) / 10;
}

function bundleSizes(dir) {
	const html = readFileSync(join(dir, 'index.html'), 'utf8');
	const firstLoad = new Set(
		[...html.matchAll(/(?:href|import\()\s*=?\s*["']([^"']+\.js)["']/g)].map((m) => m[1])
	);
	let first = 0;
	let total = 0;
	for (const file of walk(join(dir, '_app'))) {
		if (!file.endsWith('.js')) continue;
		const gz = gzipSync(readFileSync(file)).length;
		total += gz;
		const url = `/${file.slice(dir.length + 1)}`;
		if (firstLoad.has(url)) first += gz;
	}
	return { firstLoadJsGzipKB: round(first / 1024), totalJsGzipKB: round(total / 1024) };
}

function* walk(dir) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* walk(path);
		else yield path;
	}
}

function machine() {
	return {
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		node: process.version,
		date: new Date().toISOString()
	};
}

async function isUp(url) {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}

async function waitForServer(url) {
	// A minute: on a busy two-core machine the preview server can be slow to start.
	for (let i = 0; i < 300; i++) {
		if (await isUp(url)) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`The preview server did not start at ${url}`);
}

function printTable({ machine, sizes, measurements: m }) {
	const targets = {
		peopleSearchMs: ['People search, keystroke to list (p95)', 'p95', 16],
		openLongestPersonMs: ['Open person with longest history (p95)', 'p95', 50],
		quickLogSaveMs: ['Quick log save (p95)', 'p95', 50],
		todayWarmMs: ['Today interactive, warm (median)', 'median', 1000],
		todayGiveBackMs: ["Today's give-back sections shown, warm (median)", 'median', '—'],
		insightsRenderMs: ['Insights full render, all time, full page load (median)', 'median', 200],
		insightsTapMs: ['Insights full render, all time, tapped in the app (median)', 'median', 200],
		insightsReadsMs: ['Insights database reads alone, all time (median)', 'median', '—'],
		backupExportMs: ['Backup export, everything (median)', 'median', 3000],
		fullRestoreMs: ['Full restore, replacing the same data (median)', 'median', 30000],
		fullRestoreEmptyMs: ['Full restore into an empty database (median)', 'median', 30000]
	};
	const rows = [];
	for (const [key, [label, stat, target]] of Object.entries(targets)) {
		const at1 = m.cpu1x?.[key]?.[stat];
		const at4 = m.cpu4x?.[key]?.[stat];
		rows.push([label, at1, at4, target]);
	}
	console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
	if (m.dataset) {
		console.log(
			`Dataset: ${m.dataset.rows} rows, generated in ${round(m.dataset.generateMs)} ms, stored in ${round(m.dataset.loadMs)} ms`
		);
	}
	console.log('| what | 1× CPU (ms) | 4× CPU (ms) | target 1× (ms) |');
	console.log('| --- | --- | --- | --- |');
	for (const [label, a, b, t] of rows)
		console.log(`| ${label} | ${a ?? '—'} | ${b ?? '—'} | ${t} |`);
	for (const [key, label] of [
		['todayMs', 'Today'],
		['giveBackMs', "Today's give-back sections"],
		['peopleMs', 'People'],
		['personMs', 'Person page']
	]) {
		const at = (rate) => m[`cpu${rate}x`]?.readsMs?.[key]?.median ?? '—';
		console.log(`| ${label}: database reads only (median) | ${at(1)} | ${at(4)} | — |`);
	}
	for (const rate of [1, 4]) {
		const c = m[`cpu${rate}x`]?.csvImport;
		if (!c) continue;
		console.log(
			`| CSV import of ${c.rows} people, ${rate}× CPU: total (read / plan / write), rows/s, longest task | ${round(c.totalMs)} (${round(c.readMs)} / ${round(c.planMs)} / ${round(c.writeMs)}), ${c.rowsPerSecond}/s, ${round(c.longestTaskMs)} (read ${round(c.longestTaskByPhaseMs.read)} / plan ${round(c.longestTaskByPhaseMs.plan)} / write ${round(c.longestTaskByPhaseMs.write)}) | — | 4000, task ≤ 200 |`
		);
	}
	console.log(`| Today cold, first visit | ${round(m.todayColdFirstVisitMs ?? NaN)} | — | — |`);
	if (m.dexieVersusRaw) {
		const d = m.dexieVersusRaw;
		console.log(
			`| Dexie ÷ raw IndexedDB, bulk insert ${d.rows} rows | ${round(d.insertRatio)}× | — | ≤ 1.3× |`
		);
		console.log(`| Dexie ÷ raw IndexedDB, read all | ${round(d.readRatio)}× | — | ≤ 1.3× |`);
	}
	if (m.upgradeFromV4) {
		const u = m.upgradeFromV4;
		console.log(
			`| Upgrade from database version 4 to 9, once: ${u.rows} Insights rows converted, ${u.after} after; ${u.introduced} introductions | ${round(u.ms)} | — | — |`
		);
	}
	if (m.cpu1x?.backupBytes) {
		console.log(`| Backup file size | ${round(m.cpu1x.backupBytes / 1024 / 1024)} MB | — | — |`);
		const p = m.cpu1x.fullRestorePhases?.[0];
		if (p) {
			console.log(
				`| Restore phases: parse / validate / write, longest task | ${round(p.parseMs)} / ${round(p.validateMs)} / ${round(p.writeMs)}, ${round(p.longestTaskMs)} | — | — |`
			);
		}
	}
	console.log(`| First-load JavaScript (gzip) | ${sizes.firstLoadJsGzipKB} KB | — | ≤ 120 KB |`);
	console.log(`| All JavaScript (gzip) | ${sizes.totalJsGzipKB} KB | — | ≤ 300 KB |`);
}
