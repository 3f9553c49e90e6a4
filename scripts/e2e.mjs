// npm run test:e2e: build, then run Playwright against the production build in Chromium.
import { ensureChromium } from './chromium.mjs';
import { ensureDependencies, heading, runNpx } from './run.mjs';

ensureDependencies();
const chromium = ensureChromium();
heading('Build');
const built = runNpx(['vite', 'build']);
if (built !== 0) process.exit(built);
heading(`End-to-end tests (${chromium ?? 'Playwright’s own Chromium'})`);
process.exit(
	runNpx(['playwright', 'test', ...process.argv.slice(2)], {
		env: { ...process.env, CHROMIUM_PATH: chromium ?? '' }
	})
);
