import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#0f5c4d';

export const manifest: Partial<ManifestOptions> = {
	name: 'Rapport — your professional network',
	short_name: 'Rapport',
	description:
		'Keep contacts, mentors, referrals and what was given and received, on your device. Works offline.',
	id: '/',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'any',
	theme_color: THEME_COLOR,
	background_color: '#f7f5f0',
	categories: ['business', 'productivity'],
	icons: [
		{ src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	],
	shortcuts: [
		{
			name: 'Log an interaction',
			short_name: 'Log',
			url: '/log',
			icons: [{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' }]
		},
		{
			name: 'Add a person',
			short_name: 'Add person',
			url: '/people/new',
			icons: [{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' }]
		}
	]
};
