import { expect, test } from '@playwright/test';
import { App } from './app';

test('when the browser blocks storage, a clear banner explains it instead of a crash', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await page.goto('/');
	await expect(
		page.getByRole('alert').filter({ hasText: 'Rapport cannot store data in this browser.' })
	).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('when another tab upgrades the database, this tab stops writing and offers a reload', async ({
	page,
	context
}) => {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/people/new');
	await page.getByLabel('Name').fill('Typed before the upgrade');

	const other = await context.newPage();
	await other.goto('/settings');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('rapport', 1000);
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);

	const banner = page.getByRole('alert').filter({ hasText: 'Rapport was updated in another tab' });
	await expect(banner).toBeVisible();
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(
		page
			.getByRole('alert')
			.filter({ hasText: /nothing was saved/ })
			.last()
	).toBeVisible();
	await expect(page.getByLabel('Name')).toHaveValue('Typed before the upgrade');
	await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
});
