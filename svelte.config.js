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
		serviceWorker: { register: false },
		// Prerendered pages carry this as a <meta http-equiv> tag; Kit adds the hash of
		// its own inline bootstrap script. No eval, no other inline script, no other
		// origin: the app makes no network calls beyond loading itself. Inline styles
		// stay allowed for Svelte transitions and chart sizing (styles cannot run code).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
