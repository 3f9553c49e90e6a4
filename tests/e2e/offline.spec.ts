import { expect, test } from '@playwright/test';
import { App, ROUTES } from './app';
import { expectAxeClean } from './axe';

// The service worker is part of what these tests check (blocked elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('after one online visit, every route loads offline', async ({ page, context }) => {
	const app = new App(page);
	await app.startWithSample();
	// The first visit says once the app can work offline: the banner passes axe and OK hides it.
	const ready = page.getByRole('status').filter({ hasText: 'Rapport is ready to work offline.' });
	await expect(ready).toBeVisible();
	await expectAxeClean(page, 'Today with the offline-ready banner');
	await ready.getByRole('button', { name: 'OK' }).click();
	await expect(ready).toBeHidden();
	await app.waitForServiceWorker();
	await app.nav('People').click();
	// Wait for the list: Today (still on screen a moment) may name Dana too.
	await expect(page.getByText(/^\d+ people$/)).toBeVisible();
	await page.getByRole('link', { name: /Dana Whitfield/ }).click();
	await expect(app.heading()).toHaveText('Dana Whitfield');
	const personPath = new URL(page.url()).pathname;

	await context.setOffline(true);
	for (const route of ROUTES) {
		await page.goto(route.path);
		await expect(app.heading()).toHaveText(route.heading);
		await expect(page.getByText(route.ready).first()).toBeVisible();
	}
	// A deep link to a record works offline too (served by the app shell).
	await page.goto(personPath);
	await expect(app.heading()).toHaveText('Dana Whitfield');
	await page.reload();
	await expect(app.heading()).toHaveText('Dana Whitfield');
	await context.setOffline(false);
});

test('the manifest makes the app installable with icons and shortcuts', async ({ request }) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({ short_name: 'Rapport', display: 'standalone', start_url: '/' });
	expect(
		manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)
	).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/log', '/people/new']);
	for (const icon of [...manifest.icons, { src: '/apple-touch-icon.png' }]) {
		expect((await request.get(icon.src)).ok()).toBe(true);
	}
});
