// Renders the app icons from one SVG with the same Chromium the tests use.
// Run by hand when the mark changes: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const mark = (
	size,
	padding,
	radius
) => `<!doctype html><html><body style="margin:0;background:transparent">
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
<rect width="64" height="64" rx="${radius}" fill="#0f5c4d"/>
<g transform="translate(32 32) scale(${1 - padding}) translate(-32 -32)">
<circle cx="25" cy="32" r="13" fill="none" stroke="#f7f5f0" stroke-width="5"/>
<circle cx="39" cy="32" r="13" fill="none" stroke="#f2b84b" stroke-width="5"/></g></svg></body></html>`;

const icons = [
	['static/icon-192.png', 192, 0, 14],
	['static/icon-512.png', 512, 0, 14],
	// Maskable: full-bleed background, mark inside the 80% safe zone.
	['static/icon-maskable-512.png', 512, 0.3, 0],
	['static/apple-touch-icon.png', 180, 0.1, 0]
];

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [file, size, padding, radius] of icons) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(mark(size, padding, radius));
	await page.locator('svg').screenshot({ path: file, omitBackground: true });
	console.log('wrote', file);
}
await browser.close();
