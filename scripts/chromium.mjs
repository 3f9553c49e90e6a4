// Finds a Chromium for Playwright without ever downloading one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for headless Chromium here: without the networking ones it floods a closed network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** CHROMIUM_PATH wins; then Debian's Chromium; undefined means Playwright's own browser. */
export function findChromium() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return CANDIDATES.find((path) => existsSync(path));
}

/** Like findChromium, but on Debian as root installs Debian's chromium when none is there. */
export function ensureChromium() {
	const found = findChromium();
	if (found) return found;
	if (process.env.PLAYWRIGHT_USE_BUNDLED === '1') return undefined;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		const installed = findChromium();
		if (installed) return installed;
	}
	throw new Error(
		'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium), or set ' +
			'CHROMIUM_PATH to a Chromium or Chrome binary, or set PLAYWRIGHT_USE_BUNDLED=1 after ' +
			'running "npx playwright install chromium" yourself.'
	);
}
