import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { manifest } from './src/lib/pwa/manifest.js';
import { whatsNewLatest } from './src/lib/whats-new/plugin.js';

export default defineConfig({
	plugins: [
		sveltekit(),
		whatsNewLatest(),
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
		include: ['tests/unit/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts']
	}
});
