import { expect, test } from '@playwright/test';
import { appendFile, cp } from 'node:fs/promises';
import { App } from './app';
import { serveStatic } from './static-server';

// The service worker is part of what these tests check (blocked elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('a new version prompts "Update available — reload" and never discards typed input silently', async ({
	page
}, testInfo) => {
	// A private copy of the build on its own server, so "deploying" a new
	// version here cannot touch the other tests.
	const root = testInfo.outputPath('site');
	await cp('build', root, { recursive: true });
	const site = await serveStatic(root);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.type());
		void dialog.dismiss();
	});
	try {
		const app = new App(page);
		await page.goto(`${site.url}/`);
		await page.getByRole('button', { name: 'Start empty' }).click();
		await app.waitForServiceWorker();
		await page.goto(`${site.url}/people/new`);
		await page.getByLabel('Name').fill('Typed while an update arrives');

		await appendFile(`${root}/sw.js`, '\n// next version\n');
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});

		const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
		await expect(prompt).toBeVisible({ timeout: 15_000 });
		await prompt.getByRole('button', { name: 'Reload' }).click();

		// The form is dirty: Rapport asks first instead of reloading.
		const confirm = page.getByRole('status').filter({ hasText: 'You have unsaved changes' });
		await expect(confirm).toBeVisible();
		await confirm.getByRole('button', { name: 'Not now' }).click();
		await expect(page.getByLabel('Name')).toHaveValue('Typed while an update arrives');

		await prompt.getByRole('button', { name: 'Reload' }).click();
		await confirm.getByRole('button', { name: 'Reload anyway' }).click();
		await expect(page.getByLabel('Name')).toHaveValue('');
		await expect(prompt).toHaveCount(0);
		// One clear question was enough: no second, browser-level dialog.
		expect(dialogs).toEqual([]);
	} finally {
		await site.close();
	}
});
