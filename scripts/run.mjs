// Small helpers shared by the start and test scripts.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
export const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Runs a command with inherited output; returns its exit code. */
export function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.error) throw result.error;
	return result.status ?? 1;
}

export function runNpx(args, options) {
	return run(npx, args, options);
}

export function runNpm(args, options) {
	return run(npm, args, options);
}

/** Installs dependencies from the lock file when they are missing or older than it. */
export function ensureDependencies() {
	const marker = 'node_modules/.package-lock.json';
	const stale =
		!existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
	if (!stale) return;
	console.log('Installing dependencies (npm ci)…');
	const code = run(npm, ['ci', '--no-audit', '--no-fund']);
	if (code !== 0) {
		console.error('npm ci failed; see above.');
		process.exit(code);
	}
}

export function heading(text) {
	console.log(`\n\u2500\u2500 ${text} ${'\u2500'.repeat(Math.max(0, 60 - text.length))}`);
}
