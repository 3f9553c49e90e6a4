import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

// Debian's Chromium unless told otherwise (scripts/chromium.mjs finds it); never a download.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT) || 4173;

// Specs whose flows do not depend on the screen (backup, import, offline, organisations and
// calendar, creating people, the security policy, storage, the service worker's update): the
// phone runs them, the desktop does not run them again; nor tests tagged `@any-screen`
// (ANY_SCREEN in tests/e2e/app.ts) in the other specs. The desktop runs what a wide screen
// changes: the walk of every route (and a person's and a lead's page) for width and axe, light
// and dark; the navigation; clicks on a chart's bars; the filter builder's drag and drop; the
// person picker's list.
const SCREEN_INDEPENDENT = [
	'backup',
	'import',
	'offline',
	'organisations-calendar',
	'people',
	'security',
	'storage',
	'update'
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
	testDir: 'tests/e2e',
	// Generous: one machine of this kind ran the suite 2.6 times slower than another (fresh
	// memory is slow to fault in there), and tests that walk every route took over 30 s.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	workers: 2,
	forbidOnly: true,
	// One retry: a real regression fails twice; a rare timing flake passes on the second try
	// and is still named, with its first error, in the summary at the end of `npm test`.
	retries: 1,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	outputDir: 'test-results/e2e',
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		// A stale preview on the port would test old code: always start fresh.
		reuseExistingServer: false,
		timeout: 60_000
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// The service worker precaches the whole app in every new browser context, about a fifth of
		// a test's time on a two-core machine. Specs about the worker itself (offline, update, the
		// offline backup and import, the security policy) turn it back on with
		// `test.use({ serviceWorkers: 'allow' })`.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: process.env.PLAYWRIGHT_USE_BUNDLED === '1' ? undefined : executablePath,
			args: CHROMIUM_ARGS
		}
	},
	projects: [
		{ name: 'phone', use: { viewport: { width: 360, height: 740 }, hasTouch: true } },
		{
			name: 'desktop',
			use: { viewport: { width: 1280, height: 800 } },
			testIgnore: SCREEN_INDEPENDENT,
			grepInvert: /@any-screen/
		}
	]
});
