// npm test: install if needed, then lint, type-check, unit tests, build and the
// Playwright suite. Ends with one line: "N passed, M failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { ensureDependencies, heading, npm, npx, runNpm, runNpx } from './run.mjs';

const started = Date.now();
ensureDependencies();

let passed = 0;
let failed = 0;
const failures = [];

/** Each step's wall-clock time, printed at the end: where the suite's minutes go. */
const times = [];

function step(name, args, options) {
	heading(name);
	const start = Date.now();
	const code = args[0] === 'npm' ? runNpm(args.slice(1), options) : runNpx(args, options);
	times.push(`${name}: ${Math.round((Date.now() - start) / 1000)} s`);
	if (code !== 0) failures.push(name);
	return code === 0;
}

/**
 * Runs steps at the same time, each with its output held back, then prints each step's heading
 * and output in order (interleaved lines from two tools would be unreadable). Resolves to
 * whether each passed.
 */
async function stepsTogether(steps) {
	const start = Date.now();
	const runs = steps.map(([name, args]) => {
		const child = spawn(args[0] === 'npm' ? npm : npx, args[0] === 'npm' ? args.slice(1) : args, {
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		return new Promise((resolve) => {
			child.on('error', (error) =>
				resolve({ name, output, code: 1, error, ms: Date.now() - start })
			);
			child.on('close', (code) =>
				resolve({ name, output, code: code ?? 1, ms: Date.now() - start })
			);
		});
	});
	const results = await Promise.all(runs);
	for (const { name, output, code, error, ms } of results) {
		heading(name);
		process.stdout.write(Buffer.concat(output));
		if (error) console.error(error.message);
		times.push(`${name}: ${Math.round(ms / 1000)} s (side by side)`);
		if (code !== 0) failures.push(name);
	}
	return results.map((r) => r.code === 0);
}

const failedTests = [];

function countTests(name, file, read) {
	if (!existsSync(file)) {
		failed += 1;
		failures.push(`${name} (no results)`);
		return;
	}
	const counts = read(JSON.parse(readFileSync(file, 'utf8')));
	passed += counts.passed;
	failed += counts.failed;
	failedTests.push(...counts.names);
}

// The first lines of failure messages, without stack frames or colour codes.
function firstLines(messages) {
	return messages
		.join('\n')
		.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
		.split('\n')
		.filter((line) => line.trim() !== '' && !/^\s+at /.test(line))
		.slice(0, 40)
		.join('\n      ');
}

// Names of failed tests, so the last lines of a CI log say which ones (the log's head is cut).
function vitestFailures(report) {
	return report.testResults.flatMap((file) =>
		file.assertionResults
			.filter((t) => t.status === 'failed')
			.map(
				(t) =>
					`${file.name.replace(process.cwd() + '/', '')} › ${t.fullName ?? t.title}\n      ${firstLines(
						t.failureMessages ?? []
					)}`
			)
	);
}

function playwrightFailures(report) {
	const names = [];
	const walk = (suite, file) => {
		for (const spec of suite.specs ?? [])
			for (const test of spec.tests ?? [])
				if (test.status === 'unexpected' || test.status === 'flaky')
					names.push(
						`${test.status === 'flaky' ? '(flaky: failed, then passed on retry) ' : ''}${
							file ?? suite.file
						} › ${spec.title} [${test.projectName}]\n      ${firstLines(
							(test.results ?? []).flatMap((r) => (r.errors ?? []).map((e) => e.message ?? ''))
						)}`
					);
		for (const child of suite.suites ?? []) walk(child, file ?? suite.file);
	};
	for (const suite of report.suites ?? []) walk(suite);
	return names;
}

mkdirSync('test-results', { recursive: true });
for (const f of ['test-results/unit.json', 'test-results/e2e.json']) rmSync(f, { force: true });

// ESLint and svelte-check each keep one core busy for most of a minute: side by side they take
// the time of the longer one (ESLint) on a two-core machine instead of both in turn.
const [linted, checked] = await stepsTogether([
	['Lint (Prettier, ESLint)', ['npm', 'run', '-s', 'lint']],
	['Type-check (svelte-check)', ['npm', 'run', '-s', 'check']]
]);
failed += (linted ? 0 : 1) + (checked ? 0 : 1);

step('Unit tests (vitest)', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=test-results/unit.json'
]);
countTests('Unit tests', 'test-results/unit.json', (r) => ({
	passed: r.numPassedTests,
	failed: r.numFailedTests,
	names: vitestFailures(r)
}));

let chromium;
try {
	chromium = ensureChromium();
} catch (error) {
	console.error(error.message);
	failures.push('Chromium');
	failed += 1;
}

let built = false;
if (chromium !== undefined || process.env.PLAYWRIGHT_USE_BUNDLED === '1') {
	built = step('Build', ['vite', 'build']);
	if (built) {
		step('End-to-end tests (Playwright, Chromium)', ['playwright', 'test'], {
			env: {
				...process.env,
				CHROMIUM_PATH: chromium ?? '',
				PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json'
			}
		});
		countTests('End-to-end tests', 'test-results/e2e.json', (r) => ({
			passed: r.stats.expected + r.stats.flaky,
			failed: r.stats.unexpected,
			names: playwrightFailures(r)
		}));
	} else {
		failed += 1;
	}
}

// The performance harness, on a small dataset: it must keep working (numbers are not judged here).
if (chromium !== undefined || process.env.PLAYWRIGHT_USE_BUNDLED === '1') {
	// The e2e suite ran on the production build just made: the bench measures its sizes as they are.
	const args = ['node', 'bench/run.mjs', '--smoke', ...(built ? ['--built'] : [])];
	if (step('Benchmark smoke run', args)) passed += 1;
	else failed += 1;
}

heading('Summary');
console.log(`${times.join(' · ')} · in all ${Math.round((Date.now() - started) / 1000)} s`);
if (failures.length) console.log(`Failed: ${failures.join(', ')}`);
for (const name of failedTests) console.log(`  ✗ ${name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
