import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Client-only app: every route is prerendered as an empty shell; pages with
		// an id in the path are rendered by the client from the fallback page.
		adapter: adapter({ fallback: '200.html' }),
		// Absolute asset paths keep the shell valid when served for a deep link.
		paths: { relative: false },
		// Registered through workbox-window (virtual:pwa-register) so we can prompt.
		serviceWorker: { register: false }
	}
};

export default config;
