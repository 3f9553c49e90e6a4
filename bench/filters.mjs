// node bench/filters.mjs: advanced filters on the benchmark-size sample (10,000 people,
// 100,000 interactions) in headless Chromium. Builds the bench build (VITE_BENCH=1),
// loads the sample through the app's own validated load, then times, from the input
// event to the list on screen: the Interactions list (index plans and newest-first
// scans) and People's advanced filters. `--smoke` runs at 2 % size.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { heading, runNpx } from '../scripts/run.mjs';

const smoke = process.argv.includes('--smoke');
const port = Number(process.env.BENCH_PORT) || 4179;
const base = `http://127.0.0.1:${port}`;
const executablePath = ensureChromium();

heading('Bench build');
if (runNpx(['vite', 'build'], { env: { ...process.env, VITE_BENCH: '1' } }) !== 0) process.exit(1);
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
const out = {};
try {
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(base)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await page.goto(`${base}/`);
	await page.getByRole('button', { name: 'Explore with sample data' }).waitFor();
	out.dataset = await page.evaluate(
		async (s) => {
			while (!window.rapportBench) await new Promise((r) => setTimeout(r, 20));
			return window.rapportBench.loadSample(s);
		},
		smoke ? 0.02 : 1
	);
	console.log('loaded', out.dataset);
	for (const rate of [1, 4]) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		out[`cpu${rate}x`] = await measure(page, out.dataset.longestHistory.personId);
		console.log(rate, JSON.stringify(out[`cpu${rate}x`], null, 1));
	}
	await browser.close();
} finally {
	server.kill();
}
console.log(JSON.stringify(out, null, '\t'));

async function measure(page, personId) {
	const r = {};
	const f = (spec) => `f=${encodeURIComponent(JSON.stringify(spec))}`;
	const inc = { mode: 'include', locked: false };
	const lastDays = (field, n) => ({
		...inc,
		field,
		condition: { type: 'date', op: 'last', from: null, to: null, n, unit: 'days' }
	});
	const text = (field, contains) => ({ ...inc, field, condition: { type: 'text', contains } });

	// Interactions, opened in the app as from a link: to the first rows on screen.
	await page.goto(`${base}/people`);
	await page
		.getByText(/\d+ people/)
		.first()
		.waitFor();
	r.openInteractionsMs = [];
	for (let i = 0; i < 5; i++) {
		await page.goto(`${base}/settings`);
		await page.getByText('On this device').first().waitFor();
		r.openInteractionsMs.push(
			await page.evaluate(async () => {
				while (!window.rapportBench) await new Promise((r) => setTimeout(r, 20));
				return window.rapportBench.navigate('/interactions', 'ul.rows li');
			})
		);
	}
	// Simple filters: kind (kind index), period (date index), note search (scan, debounced).
	r.kindCallMs = await change(page, '#interactions-kind', 'call', 'change');
	r.periodThenKindMs = await change(page, '#interactions-period', '30', 'change');
	await change(page, '#interactions-period', '', 'change');
	await change(page, '#interactions-kind', '', 'change');
	r.noteSearchCommonMs = await change(page, '#interactions-search', 'pricing', 'input');
	r.noteSearchRareMs = await change(page, '#interactions-search', 'zzzq', 'input');
	await change(page, '#interactions-search', '', 'input');
	// Advanced from an address: date range first (index), then typing in a note filter (memory).
	await page.goto(
		`${base}/interactions?filters=advanced&${f(lastDays('date', 365))}&${f(text('note', ''))}`
	);
	await page.locator('ul.rows li').first().waitFor();
	const noteInput = await page.getByLabel('Note contains').getAttribute('id');
	r.advancedDateThenNoteKeystrokesMs = [];
	for (const term of ['p', 'pr', 'pri', 'pric', 'p', '']) {
		r.advancedDateThenNoteKeystrokesMs.push(await change(page, `#${noteInput}`, term, 'input'));
	}
	// A person first: the [personId+date] index.
	const personFirst = {
		...inc,
		field: 'people',
		condition: { type: 'values', values: [personId] }
	};
	const t0 = Date.now();
	await page.goto(`${base}/interactions?filters=advanced&${f(personFirst)}`);
	await page.locator('ul.rows li').first().waitFor();
	r.advancedPersonFirstReloadMs = Date.now() - t0;
	// People: 10,000 in memory, advanced filters, typing in a name filter.
	const clients = {
		...inc,
		field: 'roles',
		condition: { type: 'values', values: ['client', 'prospect'] }
	};
	const notRecent = { ...lastDays('lastContact', 30), mode: 'exclude' };
	await page.goto(
		`${base}/people?filters=advanced&${f(clients)}&${f(notRecent)}&${f(text('name', ''))}`
	);
	await page
		.getByText(/of [\d,]+ people match|\d+ people/)
		.first()
		.waitFor();
	const nameInput = await page.getByLabel('Name contains').getAttribute('id');
	r.peopleAdvancedKeystrokesMs = [];
	for (const term of ['a', 'an', 'ana', '', 'ri', 'ric', '', 'zz', '']) {
		r.peopleAdvancedKeystrokesMs.push(await change(page, `#${nameInput}`, term, 'input'));
	}
	return r;
}

/**
 * Sets a control and times until the list on screen is the new one: Svelte
 * applies in-memory filtering in a microtask, so after one task the list is
 * done unless the page marked it busy (a database read), then until not busy.
 */
function change(page, selector, value, event) {
	return page.evaluate(
		async ([sel, v, ev]) => {
			const el = document.querySelector(sel);
			const busy = () => document.querySelector('main [aria-busy="true"]') !== null;
			const start = performance.now();
			el.value = v;
			el.dispatchEvent(new Event(ev, { bubbles: true }));
			await new Promise((r) => setTimeout(r, 0));
			while (busy()) await new Promise((r) => requestAnimationFrame(r));
			// One more task so the rows of the new result are rendered.
			await new Promise((r) => setTimeout(r, 0));
			return Math.round(performance.now() - start);
		},
		[selector, value, event]
	);
}
