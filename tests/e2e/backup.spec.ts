import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { App } from './app';

// The service worker is part of what these tests check (blocked elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** What each screen says about the data: the same after a round trip. */
async function snapshot(app: App) {
	const { page } = app;
	const main = page.locator('main');
	const out: Record<string, string> = {};
	await app.open('/');
	await expect(page.getByRole('heading', { name: 'Open follow-ups' })).toBeVisible();
	// The give-back sections load after the lists: wait for the last of them.
	await expect(page.getByRole('heading', { name: 'Reach out with an insight' })).toBeVisible();
	out.today = await main.innerText();
	await app.open('/people');
	await expect(page.getByText(/^\d+ people$/)).toBeVisible();
	// People's rows are laid out only near the screen (content-visibility: auto), and innerText
	// leaves out rows not laid out yet: every heading, paragraph, row and button's text instead.
	out.people = await main.evaluate((m: HTMLElement) =>
		[...m.querySelectorAll('h1, h2, p, li:not(li li), button')]
			.map((e) => e.textContent!.replace(/\s+/g, ' ').trim())
			.join('\n')
	);
	await app.open('/insights');
	await expect(
		page.getByRole('img', { name: /Stacked bar chart of interactions per week/ })
	).toBeVisible();
	out.insights = await main.innerText();
	await app.open('/settings');
	out.settings = await page.getByText(/^On this device:/).innerText();
	return out;
}

async function loadSampleFromSettings(app: App) {
	await app.startEmpty();
	await app.open('/settings');
	await app.page.getByRole('button', { name: 'Load sample data' }).click();
	await app.page.getByRole('button', { name: 'Replace with sample data' }).click();
	await expect(app.page.getByText('Sample network loaded.')).toBeVisible();
	await expect(app.page.getByText(/^On this device: 60 people/)).toBeVisible();
}

async function backUp(page: Page) {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up now' }).click();
	return download;
}

test('offline: export, clear site data, restore — every screen shows the same numbers', async ({
	page,
	context
}, testInfo) => {
	test.setTimeout(90_000);
	const app = new App(page);
	await loadSampleFromSettings(app);
	await app.waitForServiceWorker();
	await context.setOffline(true);

	const before = await snapshot(app);
	expect(before.settings).toMatch(/60 people, 12 organisations, \d+ interactions/);

	const download = await backUp(page);
	expect(download.suggestedFilename()).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = testInfo.outputPath('backup.json');
	await download.saveAs(file);
	const backup = JSON.parse(await readFile(file, 'utf8'));
	expect(backup).toMatchObject({ format: 'rapport-backup', formatVersion: 2 });
	expect(backup.counts.people).toBe(60);
	await expect(page.getByText('Last backup')).toBeVisible();
	await expect(page.getByText('Never, on this device')).toHaveCount(0);

	// Clear site data: the database and local storage (the worker stays, as offline it must).
	await page.evaluate(async () => {
		localStorage.clear();
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.deleteDatabase('rapport');
			request.onsuccess = () => resolve();
			request.onerror = () => reject(request.error);
		});
	});
	await app.open('/');
	await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();

	await app.open('/settings');
	await expect(page.getByText(/^On this device: 0 people/)).toBeVisible();
	await page.getByLabel('Restore from a backup file').setInputFiles(file);
	await expect(page.getByText(/holds:/)).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: /^\s*60\s+people\s*$/ })).toBeVisible();
	// Replace is never the choice already made; an empty device is told it loses nothing.
	await page.getByRole('radio', { name: /^Replace/ }).check();
	await page.getByRole('button', { name: 'Replace with this backup…' }).click();
	await expect(page.getByRole('alertdialog')).toContainText(
		/^This device holds no records yet\. It gets the backup’s 60 people, 12 organisations, /
	);
	await page.getByRole('button', { name: 'Replace everything on this device' }).click();
	await expect(page.getByText(/Restored the backup: 60 people, 12 organisations, /)).toBeVisible();

	expect(await snapshot(app)).toEqual(before);
	await context.setOffline(false);
});

test('offline: a damaged or foreign file changes nothing and says why', async ({
	page,
	context
}) => {
	const app = new App(page);
	await loadSampleFromSettings(app);
	await app.waitForServiceWorker();
	await context.setOffline(true);
	await app.open('/settings');
	const counts = await page.getByText(/^On this device:/).innerText();

	const download = await backUp(page);
	const text = await readFile(await download.path(), 'utf8');
	const input = page.getByLabel('Restore from a backup file');
	const cases: [string, string, RegExp][] = [
		['cut.json', text.slice(0, text.length / 2), /incomplete/],
		['contacts.json', JSON.stringify({ contacts: [] }), /not a Rapport backup/],
		['photo.json', 'GIF89a…', /not JSON/],
		[
			'edited.json',
			text.replace('"format": "rapport-backup",', '"format": "rapport-backup", "__proto__": {},'),
			/does not know: “__proto__”/
		]
	];
	for (const [name, body, message] of cases) {
		await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
		const alert = page.getByRole('alert').filter({ hasText: name });
		await expect(alert).toContainText(message);
		await expect(alert).toContainText('Nothing on this device was changed.');
		await expect(page.getByRole('button', { name: /Replace with this backup/ })).toHaveCount(0);
	}
	await page.reload();
	await expect(page.getByText(/^On this device:/)).toHaveText(counts);
	await context.setOffline(false);
});

test('merge keeps what is on the device and adds what the backup has', async ({
	page
}, testInfo) => {
	const app = new App(page);
	await loadSampleFromSettings(app);
	// A channel that only the backup will have: added before it, removed after.
	const channels = page.getByRole('region', { name: 'Channels' });
	await channels.getByLabel('New channel').fill('Podcast');
	await channels.getByRole('button', { name: 'Add channel' }).click();
	await expect(channels.getByRole('listitem').last()).toContainText('Podcast');
	const download = await backUp(page);
	// The file as another device left it: one person deleted there after this backup was made.
	const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
	const deletedThere = new Date().toISOString();
	Object.assign(backup.people[0], { deletedAt: deletedThere, updatedAt: deletedThere });
	const file = testInfo.outputPath('deleted-elsewhere.json');
	await writeFile(file, JSON.stringify(backup));
	await channels.getByRole('button', { name: 'Remove Podcast' }).click();
	await expect(channels.getByText('Podcast', { exact: true })).toHaveCount(0);

	await app.open('/people/new');
	await page.getByLabel('Name', { exact: true }).fill('Added after the backup');
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name: 'Added after the backup' })).toBeVisible();

	await app.open('/settings');
	await page.getByLabel('Restore from a backup file').setInputFiles(file);
	// Merge is the choice already made, and the keyboard is on it.
	await expect(page.getByRole('radio', { name: /^Merge/ })).toBeChecked();
	await expect(page.getByRole('radio', { name: /^Merge/ })).toBeFocused();
	const plan = page.getByRole('table', { name: 'What the merge does' });
	// The deletion is said apart from the records: not one that comes in, nor one kept.
	await expect(plan.getByRole('row', { name: /^people/ })).toHaveText(/people\s*0\s*0\s*59/);
	await expect(page.getByTestId('merge-removals')).toHaveText(
		'The merge also removes 1 person that was deleted in the backup.'
	);
	await expect(page.getByTestId('merge-settings')).toHaveText(
		/this device’s preferences .* stay, as they were edited last\. Added from the file: 1 channel\./
	);
	await expectAxeClean(page, 'the merge plan');
	await page.getByRole('button', { name: 'Merge this backup' }).click();
	// What the merge brought in, not the backup's size: every person was here already.
	await expect(
		page.getByText(
			'Merged the backup: added 1 channel; removed 1 person that was deleted in the backup.'
		)
	).toBeVisible();
	await expect(page.getByText(/^On this device: 60 people/)).toBeVisible();
	await expect(channels.getByText('Podcast', { exact: true })).toBeVisible();
});

test('replace asks first, saying what this device holds and what the backup brings', async ({
	page
}) => {
	const app = new App(page);
	await loadSampleFromSettings(app);
	const file = await (await backUp(page)).path();
	await app.open('/people/new');
	await page.getByLabel('Name', { exact: true }).fill('Added after the backup');
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name: 'Added after the backup' })).toBeVisible();

	await app.open('/settings');
	const counts = await page.getByText(/^On this device:/).innerText();
	await page.getByLabel('Restore from a backup file').setInputFiles(file);
	await page.getByRole('radio', { name: /^Replace/ }).check();
	const replace = page.getByRole('button', { name: 'Replace with this backup…' });
	await replace.click();
	const question = page.getByRole('alertdialog');
	await expect(question).toContainText(
		/^This device’s 61 people, 12 organisations, \d+ interactions, \d+ gives and receives and \d+ leads will be replaced by the backup’s 60 people, 12 organisations, /
	);
	await expect(question).toContainText('This cannot be undone.');
	// The safe answer has the keyboard; Escape is Cancel, and nothing changed.
	await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await expectAxeClean(page, 'the replace question');
	await page.keyboard.press('Escape');
	await expect(question).toHaveCount(0);
	await expect(replace).toBeFocused();
	await expect(page.getByText(/^On this device:/)).toHaveText(counts);

	await replace.click();
	await question.getByRole('button', { name: 'Replace everything on this device' }).click();
	await expect(page.getByText(/^Restored the backup: 60 people, 12 organisations, /)).toBeVisible();
	await expect(page.getByText(/^On this device: 60 people/)).toBeVisible();
});

test('Today reminds to back up real data once storage is not persisted; one tap backs up', async ({
	page
}) => {
	await page.addInitScript(() => {
		// This browser would keep the data after asking; pretend it will not, as many do.
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
		Object.defineProperty(navigator.storage, 'persist', { value: async () => false });
	});
	const app = new App(page);
	await app.startEmpty();
	const reminder = page.getByRole('region', { name: 'Back up your network' });
	await expect(page.getByRole('heading', { name: /^Today/ })).toBeVisible();
	await expect(reminder).toHaveCount(0);

	await app.open('/people/new');
	await page.getByLabel('Name', { exact: true }).fill('Sam Okafor');
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name: 'Sam Okafor' })).toBeVisible();
	await app.nav('Today').click();
	await expect(reminder).toContainText('You have no backup yet.');

	// "Not now" hides it (for a week).
	await reminder.getByRole('button', { name: 'Not now' }).click();
	await expect(reminder).toHaveCount(0);
	await page.evaluate(() => localStorage.removeItem('rapport.backup-status'));
	await page.reload();
	await expect(reminder).toBeVisible();

	const download = page.waitForEvent('download');
	await reminder.getByRole('button', { name: 'Back up now' }).click();
	expect((await download).suggestedFilename()).toMatch(/^rapport-backup-/);
	await expect(reminder).toHaveCount(0);
	await expect(page.getByText(/Backup saved as rapport-backup-/)).toBeVisible();

	await app.nav('Settings').click();
	await expect(page.getByText(/Not guaranteed: this browser may clear/)).toBeVisible();
	await expect(
		page.getByRole('definition').filter({ hasText: /of the\s.+\sallows/s })
	).toBeVisible();
	await expect(page.getByText('Never, on this device')).toHaveCount(0);
});
