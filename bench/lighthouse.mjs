// Lighthouse (mobile settings) on Today with the sample network, in Debian's Chromium.
//   npm run lighthouse            build, serve, load the sample, audit Today
// Targets (issue 9): performance ≥ 95, accessibility 100, best practices 100.
// Writes bench/results/lighthouse.json (the scores and the failing audits) and prints a table.
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { ensureDependencies, heading, runNpx } from '../scripts/run.mjs';

const port = Number(process.env.LIGHTHOUSE_PORT) || 4181;
const debugPort = Number(process.env.LIGHTHOUSE_DEBUG_PORT) || 9333;
const base = `http://127.0.0.1:${port}`;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };

ensureDependencies();
const executablePath = ensureChromium();

heading('Production build');
if (runNpx(['vite', 'build']) !== 0) process.exit(1);

// Vite itself, not an npx wrapper, so stopping it really stops the server.
const server = spawn(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port)],
	{ stdio: 'ignore' }
);
const profile = mkdtempSync(join(tmpdir(), 'rapport-lighthouse-'));
let context;
let failed = false;
const results = {
	machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
	when: new Date().toISOString(),
	url: `${base}/`,
	scores: {},
	failing: []
};
try {
	await waitForServer(base);
	// One browser profile for both: the sample network is stored by the app in
	// this profile, then Lighthouse audits Today in the same one without
	// clearing storage (it would otherwise audit the first-run screen).
	context = await chromium.launchPersistentContext(profile, {
		executablePath,
		args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`]
	});
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(`${base}/`);
	await page.getByRole('button', { name: 'Explore with sample data' }).click();
	await page.getByRole('heading', { name: 'Due for a touch' }).waitFor();
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.goto('about:blank');

	heading('Lighthouse: Today, mobile settings');
	const run = await lighthouse(`${base}/`, {
		port: debugPort,
		output: 'json',
		logLevel: 'error',
		disableStorageReset: true,
		onlyCategories: Object.keys(TARGETS)
	});
	const lhr = run?.lhr;
	if (!lhr) throw new Error('Lighthouse returned no report.');
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
	for (const [id, category] of Object.entries(lhr.categories)) {
		results.scores[id] = Math.round((category.score ?? 0) * 100);
		for (const ref of category.auditRefs) {
			const audit = lhr.audits[ref.id];
			if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
				results.failing.push({
					category: id,
					audit: ref.id,
					title: audit.title,
					score: audit.score
				});
			}
		}
	}
	results.metrics = Object.fromEntries(
		[
			'first-contentful-paint',
			'largest-contentful-paint',
			'total-blocking-time',
			'cumulative-layout-shift',
			'speed-index'
		].map((id) => [id, lhr.audits[id]?.displayValue ?? '—'])
	);
	// Where the main thread's time went, by script: what to look at when TBT is high.
	results.bootup = (lhr.audits['bootup-time']?.details?.items ?? []).slice(0, 8).map((i) => ({
		url: i.url,
		totalMs: Math.round(i.total),
		scriptingMs: Math.round(i.scripting)
	}));
	results.longTasks = (lhr.audits['long-tasks']?.details?.items ?? [])
		.slice(0, 8)
		.map((t) => ({ url: t.url, startMs: Math.round(t.startTime), ms: Math.round(t.duration) }));
} catch (error) {
	failed = true;
	console.error(error);
} finally {
	await context?.close();
	server.kill();
	rmSync(profile, { recursive: true, force: true });
}

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/lighthouse.json', `${JSON.stringify(results, null, '\t')}\n`);
console.log(
	`\nMachine: ${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}`
);
console.log('| Lighthouse category (mobile) | score | target |');
console.log('| --- | --- | --- |');
for (const [id, target] of Object.entries(TARGETS)) {
	console.log(`| ${id} | ${results.scores[id] ?? '—'} | ≥ ${target} |`);
}
for (const [id, value] of Object.entries(results.metrics ?? {})) console.log(`${id}: ${value}`);
for (const b of results.bootup ?? [])
	console.log(`main thread: ${b.totalMs} ms (script ${b.scriptingMs}) ${b.url}`);
for (const t of results.longTasks ?? [])
	console.log(`long task at ${t.startMs} ms: ${t.ms} ms ${t.url}`);
for (const f of results.failing)
	console.log(`below 1: [${f.category}] ${f.audit} (${f.score}) ${f.title}`);
console.log('\nWrote bench/results/lighthouse.json');
process.exit(failed ? 1 : 0);

async function waitForServer(url) {
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`The preview server did not start at ${url}`);
}
