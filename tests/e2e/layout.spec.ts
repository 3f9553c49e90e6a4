import { expect, test } from '@playwright/test';
import { App, ROUTES } from './app';

test('every route fits the screen without sideways scrolling', async ({ page }, testInfo) => {
	const app = new App(page);
	await app.startWithSample();
	const check = async (name: string) => {
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
		await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
	};
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
});

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
