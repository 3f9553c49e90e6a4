import { expect, test } from '@playwright/test';
import { App, ROUTES } from './app';
import { expectAxeClean } from './axe';

// The service worker is part of what these tests check (blocked elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

// The walk also listens for anything the Content Security Policy blocks (security.spec.ts
// checks the policy itself): online, then on every route offline, chart.js included.
test('after one online visit, every route loads offline, and nothing breaks the security policy', async ({
	page,
	context
}) => {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { reportViolation: (v: string) => void }).reportViolation(
				`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`
			)
		);
	});
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	const app = new App(page);
	await app.startWithSample();
	// The first visit says once the app can work offline: the banner passes axe and OK hides it.
	const ready = page.getByRole('status').filter({ hasText: 'Rapport is ready to work offline.' });
	await expect(ready).toBeVisible();
	await expectAxeClean(page, 'Today with the offline-ready banner');
	await ready.getByRole('button', { name: 'OK' }).click();
	await expect(ready).toBeHidden();
	await app.waitForServiceWorker();
	// The manifest is allowed and served.
	const manifest = await page.evaluate(async () => {
		const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
		return link ? (await fetch(link.href)).ok : false;
	});
	expect(manifest).toBe(true);
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
	// chart.js draws under the policy.
	await page.goto('/insights');
	await expect(
		page.getByRole('img', { name: /Stacked bar chart of interactions per week/ })
	).toBeVisible();
	await expect(page.locator('main canvas[data-drawn="true"]')).toHaveCount(7);
	// A deep link to a record works offline too (served by the app shell).
	await page.goto(personPath);
	await expect(app.heading()).toHaveText('Dana Whitfield');
	await page.reload();
	await expect(app.heading()).toHaveText('Dana Whitfield');
	await context.setOffline(false);
	expect(violations).toEqual([]);
	expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
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
