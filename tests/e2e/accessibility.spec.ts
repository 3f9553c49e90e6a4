import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe';
import { ANY_SCREEN, App, ROUTES } from './app';
import { saveScreenshot } from './screenshots';

// Each test walks every route and runs axe on it: allow for that on a slow, busy two-core
// machine (the sample-data walk took 108 s on one).
test.describe.configure({ timeout: 240_000 });

// Every route with the sample data, and a person's page: it fits the screen (no sideways
// scrolling, no squeezed checkbox), and axe finds nothing in the light theme and then, on the
// same page, in the dark one (the theme follows the system's, so switching it needs no
// reload). One walk for both checks: each route is opened once, on each screen. Colours do not
// depend on the width, so the desktop checks the dark theme on Today only, for what only a wide
// screen shows (the side navigation); the phone checks it everywhere.
test('every route fits the screen and has no serious accessibility violations, light and dark (sample data)', async ({
	page
}, testInfo) => {
	const app = new App(page);
	const darkEverywhere = testInfo.project.name === 'phone';
	const check = async (name: string) => {
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
		// A checkbox or radio whose label wraps keeps its square box (it was squeezed narrower).
		const squeezed = await page.evaluate(
			() =>
				[...document.querySelectorAll('.check > input')]
					.map((input) => input.getBoundingClientRect())
					.filter((box) => box.height > 0 && box.width < box.height - 0.5).length
		);
		expect(squeezed, `${name}: squeezed checkboxes or radios`).toBe(0);
		await saveScreenshot(page, testInfo.outputPath(`${name}.png`));
		await expectAxeClean(page, name);
		if (!darkEverywhere && name !== 'today') return;
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
			true
		);
		await expectAxeClean(page, `${name} in the dark theme`, {
			tags: ['wcag2aa'],
			anyImpact: true
		});
		await page.emulateMedia({ colorScheme: 'light' });
	};
	await app.startWithSample();
	for (const route of ROUTES) {
		await app.open(route.path);
		await expect(app.heading()).toHaveText(route.heading);
		await expect(page.getByText(route.ready).first()).toBeVisible();
		await check(route.path === '/' ? 'today' : route.path.slice(1).replaceAll('/', '-'));
	}
	await app.open('/people');
	await page.getByRole('link', { name: /Dana Whitfield/ }).click();
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.getByRole('listitem').first()).toBeVisible();
	await check('person');
	// A lead's page, with where it came from.
	await app.open('/leads');
	const lead = page.getByRole('region', { name: /^Won/ }).getByRole('link').first();
	const title = await lead.innerText();
	await lead.click();
	await expect(app.heading()).toHaveText(title);
	await expect(page.getByRole('region', { name: 'Where it came from' })).toBeVisible();
	await check('lead');
});

// The empty states and the open lists are the same elements in the same colours on a wide
// screen: the phone checks them.
test(
	'no serious or critical accessibility violations on any route (empty data)',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		for (const route of ROUTES) {
			await app.open(route.path);
			await expect(page.getByText(route.ready).first()).toBeVisible();
			await expectAxeClean(page, route.path);
		}
	}
);

// A person picker's list is only in the page while it is open: check it open, in the light
// theme and then, with the list still open, in the dark one.
test(
	"no serious or critical violations with a person picker's list open, light and dark",
	ANY_SCREEN,
	async ({ page }) => {
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
	}
);
