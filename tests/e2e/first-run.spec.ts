import { expect, test } from '@playwright/test';
import { ANY_SCREEN, App } from './app';

test(
	'first run offers sample data; it loads, survives a reload and fills every screen',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.open('/');
		await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
		await app.startWithSample();

		await expect(page.getByRole('heading', { name: 'Today, Alex' })).toBeVisible();
		await expect(
			page.getByRole('region', { name: 'Open follow-ups' }).getByRole('listitem').first()
		).toBeVisible();

		await page.reload();
		await expect(page.getByRole('heading', { name: 'Today, Alex' })).toBeVisible();

		await app.nav('People').click();
		// The sample has 60 people; one is archived, and archived people are not listed.
		await expect(page.getByText('59 people')).toBeVisible();
		await page.getByLabel('Search').fill('dana whitfield');
		await expect(page.getByText('1 of 59 people match')).toBeVisible();
		await page.getByRole('link', { name: /Dana Whitfield/ }).click();
		await expect(page.getByRole('heading', { name: 'Dana Whitfield' })).toBeVisible();
		await expect(
			page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first()
		).toBeVisible();

		await app.nav('Leads').click();
		await expect(page.getByRole('heading', { name: /^Won/ })).toBeVisible();
		// A lead card names its referrer (the filters' "Referred by" is folded away on a phone).
		await expect(
			page
				.getByRole('region', { name: /^Won/ })
				.getByText(/^Referred by /)
				.first()
		).toBeVisible();

		await app.nav('Insights').click();
		await expect(
			page.getByRole('heading', { name: 'Leads and won value by channel' })
		).toBeVisible();
		await expect(
			page.getByRole('img', { name: /Stacked bar chart of interactions per week/ })
		).toBeVisible();
		await page
			.getByRole('region', { name: 'Leads and won value by channel' })
			.getByRole('button', { name: 'Show table' })
			.click();
		await expect(
			page.getByRole('link', { name: 'Referral / word of mouth' }).first()
		).toBeVisible();

		await app.nav('Settings').click();
		await expect(page.getByText(/On this device: 60 people/)).toBeVisible();
	}
);

test(
	'starting empty shows honest empty states that say what to do next',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await expect(
			page.getByRole('heading', { name: 'Start with the people you work with' })
		).toBeVisible();
		await expect(page.getByText('No open follow-ups.')).toHaveCount(0);
		await app.nav('People').click();
		await expect(page.getByText('No people yet.')).toBeVisible();
		await app.nav('Leads').click();
		await expect(page.getByText('No leads yet.')).toBeVisible();
		await app.nav('Insights').click();
		await expect(page.getByText('Nothing to chart yet.')).toBeVisible();
		await app.nav('Log').click();
		await expect(
			page.getByText('Nobody is in Rapport yet: type their name to add them.')
		).toBeVisible();
		await page.reload();
		await app.nav('Today').click();
		await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
	}
);

test(
	'settings can wipe the data and bring back the first-run choice',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.nav('Settings').click();
		// Escape answers the question with Cancel, and the keyboard is back on the button.
		const wipe = page.getByRole('button', { name: 'Delete all data' });
		await wipe.click();
		await expect(page.getByRole('alertdialog')).toContainText('Delete everything on this device?');
		await page.keyboard.press('Escape');
		await expect(page.getByRole('alertdialog')).toHaveCount(0);
		await expect(wipe).toBeFocused();
		await wipe.click();
		await page.getByRole('button', { name: 'Delete everything' }).click();
		await expect(page.getByText('All data deleted.')).toBeVisible();
		await expect(page.getByText(/On this device: 0 people/)).toBeVisible();
		await app.nav('Today').click();
		await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
	}
);
