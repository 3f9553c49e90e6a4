import { expect, test, type Locator } from '@playwright/test';
import { App } from './app';
import { expectAxeClean } from './axe';
import { saveScreenshot } from './screenshots';

// Every route with the sample data is checked for sideways scrolling in the accessibility
// walk (accessibility.spec.ts), which opens each route once per screen.

test('navigation: bottom tab bar on phones, side bar on wide screens', async ({
	page
}, testInfo) => {
	const app = new App(page);
	await app.startEmpty();
	const nav = page.getByRole('navigation', { name: 'Main' });
	const box = await nav.boundingBox();
	const viewport = page.viewportSize()!;
	if (testInfo.project.name === 'phone') {
		expect(box!.y + box!.height).toBeCloseTo(viewport.height, 0);
		expect(box!.width).toBe(viewport.width);
	} else {
		expect(box!.x).toBe(0);
		expect(box!.height).toBeGreaterThan(viewport.height - 2);
	}
	for (const name of ['Today', 'People', 'Log', 'Leads', 'Insights', 'Settings']) {
		await app.nav(name).click();
		await expect(app.nav(name)).toHaveAttribute('aria-current', 'page');
	}
});

test('long unbroken names and notes never make a page wider than the screen', async ({
	page
}, testInfo) => {
	test.slow();
	const app = new App(page);
	// A name, an organisation and a pasted address with no place to wrap: 150, 140 and 420 characters.
	const name = 'Featherstonehaugh'.repeat(9).slice(0, 150);
	const organisation = 'Consolidated'.repeat(12).slice(0, 140);
	const note = 'https://example.com/' + 'a1b2c3d4'.repeat(50);
	const widerThanScreen = () =>
		page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	const check = async (what: string) => {
		await expect
			.poll(widerThanScreen, { message: `${what} is wider than the screen` })
			.toBeLessThanOrEqual(0);
		await saveScreenshot(page, testInfo.outputPath(`long-${what}.png`));
	};

	await app.startEmpty();
	await app.open('/people/new');
	await page.getByLabel('Name').fill(name);
	await page.getByLabel(/^Organisations/).fill(organisation);
	await page.getByLabel(/^Tags/).fill(note.slice(0, 50));
	await page.getByLabel('Notes').fill(note);
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name })).toBeVisible();

	await page.getByRole('link', { name: 'Log interaction' }).click();
	await page.getByRole('radio', { name: 'Coffee', exact: true }).check();
	await page.getByRole('radio', { name: '45 min' }).check();
	await page.getByLabel('Note').fill(note);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved: coffee with' })).toBeVisible();

	await app.open('/people');
	await page.getByRole('link', { name: new RegExp(name) }).click();
	await expect(page.getByRole('region', { name: 'Timeline' }).getByText(note)).toBeVisible();
	await check('person');
	await app.open('/people');
	await expect(page.getByText('1 person')).toBeVisible();
	await check('people');
	await app.open('/organisations');
	await expect(page.getByRole('link', { name: organisation })).toBeVisible();
	await check('organisations');
	await app.open('/interactions');
	await expect(page.getByText(note)).toBeVisible();
	await check('interactions');
	// Time valued at an hourly rate: Return on time charts it, with its table.
	await app.open('/settings');
	await page.getByLabel(/^Hourly rate/).fill('60');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.').last()).toBeVisible();
	await app.open('/insights?period=all');
	const returnOnTime = page.getByRole('region', { name: 'Return on time' });
	await returnOnTime.getByRole('button', { name: 'Show table' }).click();
	await expect(returnOnTime.getByRole('rowheader', { name })).toBeVisible();
	await check('insights');
	// The table keeps the name whole and scrolls in its box, which the keyboard can reach.
	// A shade at an edge shows that columns are hidden past it.
	const box = returnOnTime.getByRole('region', { name: 'Return on time, table' });
	const shades = () =>
		box.evaluate((el) =>
			['::before', '::after'].map((edge) => getComputedStyle(el.parentElement!, edge).opacity)
		);
	await expect.poll(shades).toEqual(['0', '1']);
	await box.focus();
	await expect(box).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	await expect.poll(shades).toEqual(['1', '1']);
	await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
	await expect.poll(shades).toEqual(['1', '0']);
	await expectAxeClean(page, 'Insights with a long name in a table');
});

test("a person's timeline entries and contact links are targets at least 24 px tall (WCAG 2.5.8)", async ({
	page
}) => {
	const app = new App(page);
	await app.startWithSample();
	await app.open('/people');
	await page.getByRole('link', { name: /Dana Whitfield/ }).click();
	await page.getByRole('link', { name: 'Edit', exact: true }).click();
	await page.getByLabel(/^Phones/).fill('+351 912 345 678');
	await page.getByLabel(/^Links/).fill('https://example.com/dana');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('heading', { name: 'Dana Whitfield', level: 1 })).toBeVisible();

	const heights = async (links: Locator) => {
		await expect(links.first()).toBeVisible();
		return links.evaluateAll((els) =>
			els.map((el) => [el.textContent!.trim(), el.getBoundingClientRect().height] as const)
		);
	};
	const contact = await heights(
		page.locator('a[href^="mailto:"], a[href^="tel:"], a[href^="https://example.com/dana"]')
	);
	expect(contact.map(([text]) => text)).toEqual([
		'dana.whitfield@example.com',
		'+351 912 345 678',
		'https://example.com/dana'
	]);
	const entries = await heights(
		page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').getByRole('link')
	);
	// Every kind of entry: an interaction, a give or receive, a lead.
	expect(entries.some(([text]) => /^You (gave|received)/.test(text))).toBe(true);
	expect(entries.some(([text]) => /^Lead/.test(text))).toBe(true);
	for (const [text, height] of [...contact, ...entries]) {
		expect(height, `the link "${text}"`).toBeGreaterThanOrEqual(24);
	}
});
