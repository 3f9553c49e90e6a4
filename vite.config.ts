import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { manifest } from './src/lib/pwa/manifest.js';
import { whatsNewLatest } from './src/lib/whats-new/plugin.js';
import { chartjsPureScales } from './src/lib/vite-plugins/chartjs-pure-scales.js';
import { shellChunk } from './src/lib/vite-plugins/shell-chunk.js';

// Unit tests run in UTC unless a test says otherwise. Set here, in the process that starts
// the workers: a worker thread that sets TZ itself keeps the process's time zone.
if (process.env.VITEST) process.env.TZ = 'UTC';

/** Tests that switch time zones: each in a process of its own, where setting TZ takes effect. */
const TIME_ZONES = 'tests/unit/time-zones.spec.ts';

export default defineConfig({
	plugins: [
		sveltekit(),
		whatsNewLatest(),
		chartjsPureScales(),
		shellChunk(),
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			manifest,
			kit: { includeVersionFile: true },
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest}',
					'prerendered/**/*.html'
				],
				// Any navigation offline gets the app shell; the client router does the rest.
				navigateFallback: '/',
				cleanupOutdatedCaches: true
			},
			devOptions: { enabled: false }
		})
	],
	test: {
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts'],
		// The property tests build and restore whole databases in fake-indexeddb
		// (up to 1.5 s each on a quiet 2-core machine). A slow, busy machine must
		// not turn that into a failure: a timeout is not a wrong answer.
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// Vitest leaves one core free by default: on a two-core machine that ran the files one at a
		// time (57 s). Worker threads on every core: 32-36 s on the same machine.
		pool: 'threads',
		maxWorkers: availableParallelism(),
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.spec.ts'],
					exclude: [...configDefaults.exclude, TIME_ZONES]
				}
			},
			{ extends: true, test: { name: 'time zones', include: [TIME_ZONES], pool: 'forks' } }
		]
	}
});
