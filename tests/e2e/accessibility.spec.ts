import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe';
import { App, ROUTES } from './app';

// Each test walks every route and runs axe on it: allow for that on a slow, busy two-core
// machine (the sample-data walk took 108 s on one).
test.describe.configure({ timeout: 240_000 });

// Every route with the sample data, in the light theme and then, on the same page, in the
// dark one (the theme follows the system's, so switching it needs no reload); then every route
// empty, where the first-run and empty states show.
test('no serious or critical accessibility violations on any route, light and dark (sample data)', async ({
	page
}) => {
	const app = new App(page);
	await app.startWithSample();
	for (const route of ROUTES) {
		await page.emulateMedia({ colorScheme: 'light' });
		await app.open(route.path);
		await expect(page.getByText(route.ready).first()).toBeVisible();
		await expectAxeClean(page, route.path);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
			true
		);
		await expectAxeClean(page, `${route.path} in the dark theme`, {
			tags: ['wcag2aa'],
			anyImpact: true
		});
	}
});

test('no serious or critical accessibility violations on any route (empty data)', async ({
	page
}) => {
	const app = new App(page);
	await app.startEmpty();
	for (const route of ROUTES) {
		await app.open(route.path);
		await expect(page.getByText(route.ready).first()).toBeVisible();
		await expectAxeClean(page, route.path);
	}
});

// A person picker's list is only in the page while it is open: check it open, in the light
// theme and then, with the list still open, in the dark one.
test("no serious or critical violations with a person picker's list open, light and dark", async ({
	page
}) => {
	const app = new App(page);
	await app.startWithSample();
	for (const [path, label, typed] of [
		['/log', 'Someone else', 'a'],
		['/leads/new', /^Referred by/, ''],
		['/introduce', 'Introduce', 'zzzz']
	] as const) {
		await page.emulateMedia({ colorScheme: 'light' });
		await app.open(path);
		const box = page.getByRole('combobox', { name: label, exact: typeof label === 'string' });
		await box.focus();
		if (typed) await box.pressSequentially(typed);
		else await box.press('ArrowDown');
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		await expectAxeClean(page, `${path} with the list open`, { tags: ['wcag2a', 'wcag2aa'] });
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
			true
		);
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		await expectAxeClean(page, `${path} with the list open in the dark theme`, {
			tags: ['wcag2a', 'wcag2aa']
		});
	}
});
