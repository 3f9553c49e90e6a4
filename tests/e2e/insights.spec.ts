import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { ANY_SCREEN, App, openFilters } from './app';
import { saveScreenshot, SCREENSHOTS } from './screenshots';

const card = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });

/**
 * Clicks the first of `positions` that is over a bar, the way a user aims: the chart shows a
 * pointer there (its hover handler), and one click follows. (Clicking every position until
 * the page moved on raced the navigation: a click after the one that hit waited for a canvas
 * that was gone.)
 */
async function clickBar(canvas: Locator, positions: { x: number; y: number }[]) {
	await expect
		.poll(
			async () => {
				for (const position of positions) {
					await canvas.hover({ position });
					if ((await canvas.evaluate((c) => c.style.cursor)) === 'pointer') {
						await canvas.click({ position });
						return true;
					}
				}
				return false;
			},
			{ message: 'no bar under any of the positions tried' }
		)
		.toBe(true);
}

test(
	'the period is kept in the URL, from the list and as from–to',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.nav('Insights').click();
		await expect(page.getByTestId('period-range')).toContainText('Last 12 months:');
		await expect(page.getByLabel('Period', { exact: true })).toHaveValue('12m');

		await page.getByLabel('Period', { exact: true }).selectOption('all');
		await expect(page).toHaveURL(/\/insights\?period=all$/);
		await expect(page.getByTestId('period-range')).toContainText('All time:');
		await page.reload();
		await expect(page.getByLabel('Period', { exact: true })).toHaveValue('all');
		await expect(page.getByTestId('period-range')).toContainText('All time:');
		// No previous period for all time: the channel table has no "before" columns.
		await card(page, 'Leads and won value by channel')
			.getByRole('button', { name: 'Show table' })
			.click();
		await expect(
			card(page, 'Leads and won value by channel').getByRole('columnheader', {
				name: 'Leads before'
			})
		).toHaveCount(0);

		await page.getByLabel('Period', { exact: true }).selectOption('range');
		await page.getByLabel('From', { exact: true }).fill('2026-01-01');
		await page.getByLabel('To', { exact: true }).fill('2026-03-31');
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		await expect(page).toHaveURL(/\/insights\?from=2026-01-01&to=2026-03-31$/);
		await page.reload();
		await expect(page.getByTestId('period-range')).toContainText(/Jan 1, 2026 – Mar 31, 2026/);
		await expect(page.getByTestId('period-range')).toContainText('compared with');
		await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-01-01');

		await page.getByLabel('Period', { exact: true }).selectOption('30d');
		await expect(page).toHaveURL(/\/insights\?period=30d$/);
		await page.goBack();
		await expect(page.getByTestId('period-range')).toContainText(/Jan 1, 2026 – Mar 31, 2026/);
	}
);

test(
	'a period that cannot be shown says why, and the charts stay as they were',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/insights?period=bogus&from=2026-13-99');
		await expect(page.getByTestId('period-unread')).toContainText('shows Last 12 months');
		await expect(page.getByTestId('period-range')).toContainText('Last 12 months:');

		await app.open('/insights?from=2026-01-01&to=2026-03-31');
		await expect(page.getByTestId('period-unread')).toHaveCount(0);
		await expect(page.getByTestId('period-range')).toContainText('Jan 1, 2026');
		await page.getByLabel('From', { exact: true }).fill('2026-06-01');
		const show = page.getByRole('button', { name: 'Show', exact: true });
		await expect(show).toBeDisabled();
		await expect(page.getByText('The start is after the end.')).toBeVisible();
		await expect(show).toHaveAccessibleDescription('The start is after the end.');
		await page.getByLabel('To', { exact: true }).fill('2999-12-31');
		await expect(show).toHaveAccessibleDescription('Pick a date between 1900 and 2100.');
		await page.getByLabel('To', { exact: true }).fill('');
		await expect(page.getByText('Choose a start and an end date.')).toBeVisible();
		// Nothing was applied: the address and the charts are the period shown before.
		await expect(page).toHaveURL(/\/insights\?from=2026-01-01&to=2026-03-31$/);
		await expect(page.getByTestId('period-range')).toContainText('Jan 1, 2026');
		await page.getByLabel('To', { exact: true }).fill('2026-06-30');
		await expect(show).toBeEnabled();
		await show.click();
		await expect(page).toHaveURL(/\/insights\?from=2026-06-01&to=2026-06-30$/);
		await expectAxeClean(page, 'Insights after a period the form refused');
	}
);

test(
	'every chart has a reading, a text alternative and a table with the same numbers',
	ANY_SCREEN,
	async ({ page }) => {
		// Six cards toggled to tables, then axe on the whole page: a long test on a busy machine.
		test.slow();
		const app = new App(page);
		await app.startWithSample();
		await app.open('/insights?period=all');
		for (const title of [
			'Leads and won value by channel',
			'Top referrers: direct and root connector',
			'Return on time',
			'Given and received per month',
			/Interactions per week/,
			'Pipeline: from new to won, by channel'
		]) {
			const region = card(page, title);
			await expect(region.getByRole('img').first()).toHaveAttribute(
				'aria-label',
				/chart of .+: .+\d/
			);
			await expect(region.locator('p.muted').first()).not.toBeEmpty();
			await region.getByRole('button', { name: 'Show table' }).click();
			await expect(region.getByRole('table').first()).toBeVisible();
			await expect(region.getByRole('img')).toHaveCount(0);
			await expect(region.getByRole('button', { name: 'Show chart' })).toHaveAttribute(
				'aria-pressed',
				'true'
			);
		}
		await expectAxeClean(page, 'Insights with every table shown');

		// The pipeline table's numbers add up to the leads the channel table counts.
		const pipeline = card(page, 'Pipeline: from new to won, by channel');
		const referral = pipeline.getByRole('row', { name: /Referral \/ word of mouth/ });
		const cells = await referral.getByRole('cell').allInnerTexts();
		const statuses = cells.slice(0, 5).reduce((n, c) => n + Number(c), 0);
		const channels = card(page, 'Leads and won value by channel');
		const leads = await channels
			.getByRole('row', { name: /Referral \/ word of mouth/ })
			.getByRole('cell')
			.first()
			.innerText();
		expect(statuses).toBeGreaterThan(0);
		expect(statuses).toBe(Number(leads));
	}
);

test('a bar or a table row opens the matching person or leads list', async ({ page }) => {
	const app = new App(page);
	await app.startWithSample();
	await app.open('/insights?period=all');
	const referrers = card(page, 'Top referrers: direct and root connector');
	await referrers.getByRole('button', { name: 'Show table' }).click();
	const first = referrers.getByRole('table').first().getByRole('link').first();
	const name = await first.innerText();
	await first.click();
	await expect(page).toHaveURL(/\/people\/[^/?]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

	// A direct referrer's Leads number opens the leads they referred, as many as it says.
	await page.goBack();
	await referrers.getByRole('button', { name: 'Show table' }).click();
	const referred = referrers
		.getByRole('table')
		.first()
		.getByRole('link', { name: /^\d+ leads? referred by [^,]+$/ })
		.first();
	const count = (await referred.innerText()).trim();
	await referred.click();
	// Referred by them and first contacted in the period (all time: since the first lead).
	await expect(page.locator('summary', { hasText: 'Filters (2 on)' })).toBeVisible();
	await expect(page.getByText(new RegExp(`^${count} of [\\d,]+ leads match$`))).toBeVisible();

	await page.goBack();
	const returns = card(page, 'Return on time');
	await returns.getByLabel('Per', { exact: true }).selectOption('organisation');
	await returns.getByRole('button', { name: 'Show table' }).click();
	await returns.getByRole('table').getByRole('link').first().click();
	await expect(page).toHaveURL(/\/organisations\/[^/?]+$/);

	// A click on the first (largest) bar of the channel chart: the leads of that channel won in
	// the period, as many as its row's "Won" says.
	await page.goBack();
	const channels = card(page, 'Leads and won value by channel');
	await channels.getByRole('button', { name: 'Show table' }).click();
	const won = await channels.getByRole('row').nth(1).getByRole('cell').nth(1).innerText();
	await channels.getByRole('button', { name: 'Show chart' }).click();
	const canvas = channels.locator('canvas');
	await expect(canvas).toHaveAttribute('data-drawn', 'true');
	const box = (await canvas.boundingBox())!;
	// Horizontal bars, largest first: the first band is at the top. Its bar starts after the
	// channel names (half of a phone's chart) and is the longest: aim well past the middle.
	const ys = Array.from({ length: 11 }, (_, i) => 16 + i * 8);
	await clickBar(
		canvas,
		ys.map((y) => ({ x: box.width * 0.65, y }))
	);
	await expect(page).toHaveURL(/\/leads\?filters=advanced&f=/);
	// The Leads list applies the bar's status, channel and days closed (folded away on a phone,
	// which says so).
	await expect(page.locator('summary', { hasText: 'Filters (3 on)' })).toBeVisible();
	await openFilters(page);
	await expect(page.getByRole('group', { name: 'Won on filter' })).toBeVisible();
	await expect(page.getByText(new RegExp(`^${won} of [\\d,]+ leads match$`))).toBeVisible();

	// A previous-period bar opens the previous period's leads, not this period's. With this
	// period hidden in the legend, the top bar left is the first row with won value before.
	await app.open('/insights?period=12m');
	const [, from, to] = (await page.getByTestId('period-range').innerText()).match(
		/compared with (.+) – (.+)\.$/
	)!;
	const day = (text: string) => {
		const d = new Date(text);
		return [d.getFullYear(), d.getMonth() + 1, d.getDate()]
			.map((n) => String(n).padStart(2, '0'))
			.join('-');
	};
	await channels.getByRole('button', { name: 'Show table' }).click();
	const before = channels.getByRole('link', { name: / won in the previous period$/ }).first();
	const wonBefore = (await before.getAttribute('aria-label'))!.match(/ from (\d+) /)![1];
	await channels.getByRole('button', { name: 'Show chart' }).click();
	await channels.getByRole('button', { name: 'This period', exact: true }).click();
	await expect(canvas).toHaveAttribute('data-drawn', 'true');
	const width = (await canvas.boundingBox())!.width;
	await clickBar(
		canvas,
		ys.flatMap((y) => [0.4, 0.55, 0.7, 0.85].map((x) => ({ x: width * x, y })))
	);
	await openFilters(page);
	await expect(page.getByLabel('Won on: from')).toHaveValue(day(from!));
	await expect(page.getByLabel('Won on: to')).toHaveValue(day(to!));
	await expect(page.getByText(new RegExp(`^${wonBefore} of [\\d,]+ leads match$`))).toBeVisible();
});

test(
	"the leads behind a channel's numbers are the ones counted, in a shorter period too",
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/insights?period=90d');
		const channels = card(page, 'Leads and won value by channel');
		await channels.getByRole('button', { name: 'Show table' }).click();
		// A lead won in the period may have been first contacted long before it: "Won" opens
		// the leads closed in the period, "Leads" those first contacted in it.
		for (const what of ['won in the period', 'first contacted in the period']) {
			const link = channels.getByRole('link', { name: new RegExp(what) }).first();
			const label = (await link.getAttribute('aria-label'))!;
			const count = Number(label.split(' ')[0]);
			expect(count).toBeGreaterThan(0);
			await link.click();
			await expect(page.getByText(new RegExp(`^${count} of [\\d,]+ leads match$`))).toBeVisible();
			await page.goBack();
			const toggle = channels.getByRole('button', { name: /^Show (table|chart)$/ });
			if ((await toggle.innerText()) === 'Show table') await toggle.click();
		}
		// The pipeline's counts by status open those leads: that channel, that status, first
		// contacted in the period.
		const pipeline = card(page, 'Pipeline: from new to won, by channel');
		await pipeline.getByRole('button', { name: 'Show table' }).click();
		const cell = pipeline
			.getByRole('table')
			.getByRole('link', { name: / now [a-z]+$/ })
			.first();
		const label = (await cell.getAttribute('aria-label'))!;
		await cell.click();
		await openFilters(page);
		await expect(page.getByRole('group', { name: 'Status filter' })).toBeVisible();
		await expect(
			page.getByText(new RegExp(`^${label.split(' ')[0]} of [\\d,]+ leads match$`))
		).toBeVisible();
	}
);

test('a week of the activity chart opens those interactions, by kind, from the bar or the table', async ({
	page
}) => {
	const app = new App(page);
	await app.startWithSample();
	await app.open('/insights?period=12m');
	const weekly = card(page, /Interactions per week/);
	await weekly.getByRole('button', { name: 'Show table' }).click();
	// Keyboard and screen readers: a count in the table is a link to those interactions.
	const count = weekly
		.getByRole('table')
		.getByRole('link', { name: /, week of / })
		.last();
	const label = (await count.getAttribute('aria-label'))!;
	const n = Number(await count.innerText());
	expect(n).toBeGreaterThan(0);
	await count.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/interactions\?filters=advanced&f=.*between.*&f=.*kind/);
	await expect(page.getByRole('heading', { name: 'Interactions', level: 1 })).toBeVisible();
	// The list shows exactly the interactions the table counted.
	await expect(
		page.getByText(`${n} ${n === 1 ? 'interaction' : 'interactions'} match, newest first`)
	).toBeVisible();
	const kind = label.split(', week of ')[0]!.replace(/^\d+ /, '');
	const rows = page.locator('main ul.rows > li');
	await expect(rows).toHaveCount(n);
	for (const item of await rows.all()) {
		await expect(item.locator('.title')).toContainText(new RegExp(`^${kind} with `, 'i'));
	}

	// A click on a bar: that week's interactions of that kind.
	await page.goBack();
	const canvas = weekly.locator('canvas');
	// Back on a fresh page: the chart, not the table, is shown.
	await expect(weekly.getByRole('button', { name: 'Show table' })).toBeVisible();
	await expect(canvas).toHaveAttribute('data-drawn', 'true');
	const box = (await canvas.boundingBox())!;
	// Vertical stacked bars: the latest weeks are on the right, every bar starts at the bottom.
	const xs = Array.from({ length: 40 }, (_, i) => box.width - 12 - i * 6);
	await clickBar(
		canvas,
		xs.filter((x) => x > box.width * 0.5).map((x) => ({ x, y: box.height - 34 }))
	);
	await expect(page).toHaveURL(/\/interactions\?filters=advanced&f=.*between.*&f=.*kind/);
	await expect(page.getByText(/ match, newest first$/)).toBeVisible();
});

test('with no data at all, Insights says what to do next', ANY_SCREEN, async ({ page }) => {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/insights');
	await expect(page.getByText('Nothing to chart yet.')).toBeVisible();
	await expect(page.getByRole('region')).toHaveCount(0);
});

test('Insights follows data written in another tab', ANY_SCREEN, async ({ page, context }) => {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/insights?period=all');
	await expect(page.getByText('Nothing to chart yet.')).toBeVisible();
	// The sample network, loaded from Settings in a second tab: this one draws it.
	const other = await context.newPage();
	await other.goto('/settings');
	await other.getByRole('button', { name: 'Load sample data' }).click();
	await other.getByRole('button', { name: 'Replace with sample data' }).click();
	await expect(other.getByText('Sample network loaded.')).toBeVisible();
	await expect(page.getByText('Nothing to chart yet.')).toHaveCount(0);
	await expect(page.locator('main canvas[data-drawn="true"]')).toHaveCount(7);
	await expect(page.getByTestId('period-range')).toContainText('All time:');
	await other.close();
});

test('a period with nothing in it says so on every chart', ANY_SCREEN, async ({ page }) => {
	const app = new App(page);
	await app.startWithSample();
	await app.open('/insights?from=2001-01-01&to=2001-12-31');
	await expect(page.getByTestId('period-range')).toContainText('2001');
	await expect(card(page, 'Leads and won value by channel')).toContainText(
		'No lead was first contacted or won in this period.'
	);
	await expect(card(page, 'Top referrers: direct and root connector')).toContainText(
		'No lead in this period names a referrer.'
	);
	await expect(card(page, 'Return on time')).toContainText('No time was logged');
	await expect(card(page, 'Given and received per month')).toContainText(
		'No give or receive was recorded in this period.'
	);
	await expect(card(page, /Interactions per week/)).toContainText('No interaction was logged');
	await expect(card(page, 'Pipeline: from new to won, by channel')).toContainText(
		'No lead was first contacted in this period.'
	);
	await expect(page.getByRole('button', { name: 'Show table' })).toHaveCount(0);
});

test(
	"charts fill their card at the screen's pixel density and follow a resize",
	ANY_SCREEN,
	async ({ browser }) => {
		// A phone-like screen with two device pixels per CSS pixel, then turned sideways.
		const context = await browser.newContext({
			viewport: { width: 400, height: 800 },
			deviceScaleFactor: 2
		});
		// Chromium's emulated pixel density does not fire the media query's change event
		// a real zoom fires: the test keeps the queries the page makes, to fire it itself.
		await context.addInitScript(() => {
			const queries: MediaQueryList[] = [];
			const matchMedia = window.matchMedia.bind(window);
			Object.assign(window, { densityQueries: queries });
			window.matchMedia = (query: string) => {
				const list = matchMedia(query);
				if (query.includes('dppx')) queries.push(list);
				return list;
			};
		});
		const page = await context.newPage();
		const app = new App(page);
		await app.startWithSample();
		await app.open('/insights?period=all');
		const canvases = page.locator('main canvas[data-drawn="true"]');
		await expect(canvases).toHaveCount(7);
		const sizes = () =>
			canvases.evaluateAll((list) =>
				list.map((c) => {
					const canvas = c as HTMLCanvasElement;
					const box = canvas.parentElement!;
					return {
						box: [box.clientWidth, box.clientHeight],
						shown: [canvas.clientWidth, canvas.clientHeight],
						bitmap: [canvas.width, canvas.height]
					};
				})
			);
		const expectFilled = async (density = 2) => {
			for (const size of await sizes()) {
				expect(size.shown).toEqual(size.box);
				expect(size.bitmap).toEqual([size.box[0]! * density, size.box[1]! * density]);
			}
		};
		const before = await sizes();
		await expectFilled();
		await page.setViewportSize({ width: 800, height: 400 });
		await expect
			.poll(async () => (await sizes())[0]!.shown[0])
			.toBeGreaterThan(before[0]!.shown[0]!);
		await expectFilled();
		// The same size at a higher density (zooming in, another screen): sharp again.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setDeviceMetricsOverride', {
			width: 800,
			height: 400,
			deviceScaleFactor: 3,
			mobile: false
		});
		await page.evaluate(() => {
			const { densityQueries } = window as unknown as { densityQueries: MediaQueryList[] };
			for (const list of [...densityQueries]) list.dispatchEvent(new Event('change'));
		});
		await expect
			.poll(async () => {
				const [first] = await sizes();
				return first!.bitmap[0]! / first!.box[0]!;
			})
			.toBe(3);
		await expectFilled(3);
		// Turned back: the charts shrink with their cards, and the page fits the screen again.
		// (A canvas once held every card at the width it was first drawn at.)
		const wide = (await sizes())[0]!.shown[0]!;
		await cdp.send('Emulation.setDeviceMetricsOverride', {
			width: 400,
			height: 800,
			deviceScaleFactor: 3,
			mobile: false
		});
		await expect.poll(async () => (await sizes())[0]!.shown[0]).toBeLessThan(wide);
		await expectFilled(3);
		await expect
			.poll(() =>
				page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				)
			)
			.toBeLessThanOrEqual(0);
		await context.close();
	}
);

test('the legend hides and shows a series from the keyboard, and charts redraw in dark colours', async ({
	page
}) => {
	const app = new App(page);
	await app.startWithSample();
	await app.open('/insights?period=all');
	const ledger = card(page, 'Given and received per month');
	const canvas = ledger.locator('canvas[data-drawn="true"]');
	await expect(canvas).toBeVisible();
	const image = () => canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
	const drawn = await image();
	const given = ledger.getByRole('button', { name: 'Given', exact: true });
	await expect(given).toHaveAttribute('aria-pressed', 'true');
	await given.focus();
	await page.keyboard.press('Enter');
	await expect(given).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(image).not.toBe(drawn);
	// Screen readers hear it too: the chart's text alternative names what is hidden.
	await expect(ledger.getByRole('img')).toHaveAttribute(
		'aria-label',
		/Hidden in the chart: Given\.$/
	);
	const withoutGiven = await image();
	await page.keyboard.press('Space');
	await expect(given).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(image).toBe(drawn);

	// A switch to dark redraws in the theme's colours and keeps what the reader hid.
	await page.keyboard.press('Enter');
	await expect.poll(image).toBe(withoutGiven);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect.poll(image).not.toBe(withoutGiven);
	await expect(given).toHaveAttribute('aria-pressed', 'false');
	const darkWithoutGiven = await image();
	await given.click();
	await expect(given).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(image).not.toBe(darkWithoutGiven);
	await expectAxeClean(page, 'Insights in dark, a series shown again');
});

test('screenshots, light and dark', async ({ page }, info) => {
	// Only pictures to look at (every chart's numbers, overflow and contrast are checked above).
	test.skip(!SCREENSHOTS, 'screenshots are taken with E2E_SCREENSHOTS=1');
	const app = new App(page);
	await app.startWithSample();
	await app.open('/insights');
	await expect(card(page, 'Pipeline: from new to won, by channel').getByRole('img')).toBeVisible();
	await page.waitForTimeout(300);
	await saveScreenshot(page, `test-results/insights-${info.project.name}.png`);
	for (const id of ['channels', 'referrers', 'returns', 'ledger', 'weekly', 'pipeline']) {
		await saveScreenshot(
			page.getByTestId(`chart-${id}`),
			`test-results/insights-${info.project.name}-${id}.png`
		);
	}
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.emulateMedia({ colorScheme: 'dark' });
	await app.open('/insights');
	await expect(card(page, 'Pipeline: from new to won, by channel').getByRole('img')).toBeVisible();
	await page.waitForTimeout(300);
	await saveScreenshot(page, `test-results/insights-${info.project.name}-dark.png`);
});
