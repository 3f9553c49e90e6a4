import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { App } from './app';
import { expectAxeClean } from './axe';

// The service worker is part of what these tests check (blocked elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const fixture = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;

/** Empty app, worker ready, then offline: everything below runs without a network. */
async function offlineEmpty(page: Page) {
	const app = new App(page);
	await app.startEmpty();
	await app.waitForServiceWorker();
	await page.context().setOffline(true);
	return app;
}

test('CSV import with a changed mapping; duplicates are skipped; the people show up', async ({
	page
}) => {
	const app = await offlineEmpty(page);
	// Oscar is already in Rapport.
	await app.open('/people/new');
	await page.getByLabel('Name').fill('Oscar Nilsson');
	await page.getByLabel(/^Emails/).fill('oscar@nilsson.test');
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name: 'Oscar Nilsson' })).toBeVisible();

	await app.open('/import');
	await expect(app.heading()).toHaveText('Import and export');
	await page.getByLabel(/File to import/).setInputFiles(fixture('tab.tsv'));

	// Auto-mapped from the headers.
	await expect(page.getByLabel(/^Full name/)).toHaveValue('name');
	await expect(page.getByLabel(/^E-mail/)).toHaveValue('emails');
	await expect(page.getByLabel(/^How we met/)).toHaveValue('ignore');
	await expect(page.getByText('1 new person, 0 merges, 1 duplicate skipped')).toBeVisible();
	await expect(page.getByText('Skipped: already in Rapport as Oscar Nilsson')).toBeVisible();

	// The user says the "How we met" column (not recognised) holds tags. Its disclosure shows a
	// marker, so it reads as something that opens: the text starts after it.
	const notRecognised = page.locator('summary', { hasText: '1 column not recognised' });
	const textIndent = () =>
		notRecognised.evaluate((summary) => {
			const text = document.createRange();
			text.selectNodeContents(summary);
			return text.getClientRects()[0]!.left - summary.getBoundingClientRect().left;
		});
	expect(await textIndent()).toBeGreaterThanOrEqual(8);
	expect((await notRecognised.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	await notRecognised.click();
	await page.getByLabel(/^How we met/).selectOption({ label: 'Tags' });
	await expect(page.getByText(/tags: conference/)).toBeVisible();

	await page.getByRole('button', { name: 'Import 1 person' }).click();
	await expect(page.getByText('Imported 1 new person.')).toBeVisible();
	await expect(page.getByText(/1 duplicate skipped/)).toBeVisible();

	await page.getByRole('link', { name: 'See them in People' }).click();
	await expect(page.getByText('2 people', { exact: true })).toBeVisible();
	await page.getByLabel('Tag').selectOption('conference');
	await expect(page.getByText('1 of 2 people match')).toBeVisible();
	await page.getByRole('link', { name: /Nadia Petrova/ }).click();
	await expect(app.heading()).toHaveText('Nadia Petrova');
	await expect(page.getByText('Petrova Labs')).toBeVisible();
	await page.getByRole('link', { name: 'Edit', exact: true }).click();
	await expect(page.getByLabel(/^Tags/)).toHaveValue('conference');

	// Days later, back on the import screen: the last import can still be undone.
	await app.open('/import');
	const last = page.getByRole('region', { name: 'Last import' });
	await expect(last).toContainText(/“tab\.tsv”, imported .+: 1 new person, 1 organisation added\./);
	await expectAxeClean(page, 'the last import, offered for undo');
	await last.getByRole('button', { name: 'Undo the last import…' }).click();
	const confirm = page.getByRole('alertdialog', { name: /^Undo the last import\?/ });
	await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
	// Escape keeps it, as Keep it does.
	await page.keyboard.press('Escape');
	await expect(confirm).toHaveCount(0);
	await expect(last.getByRole('button', { name: 'Undo the last import…' })).toBeFocused();
	await last.getByRole('button', { name: 'Undo the last import…' }).click();
	await confirm.getByRole('button', { name: 'Undo the import' }).click();
	const undone = page.getByRole('status').filter({ hasText: 'Import undone.' });
	await expect(undone).toBeFocused();
	await expect(undone).toContainText('Deleted: the 1 person and 1 organisation it added.');
	await app.open('/people');
	await expect(page.getByText('1 person', { exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: /Oscar Nilsson/ })).toBeVisible();
	// Undone once: nothing is offered any more.
	await app.open('/import');
	await expect(page.getByLabel(/File to import/)).toBeVisible();
	await expect(page.getByRole('region', { name: 'Last import' })).toHaveCount(0);
	await page.context().setOffline(false);
});

test('vCard import from a phone export, with per-row problems listed', async ({ page }) => {
	const app = await offlineEmpty(page);
	await app.open('/import');
	await page.getByLabel(/File to import/).setInputFiles(fixture('contacts-v4.vcf'));
	await expect(page.getByText('vCard contacts')).toBeVisible();
	await expect(
		page.getByText('2 new people, 0 merges, 0 duplicates skipped, 1 contact with problems')
	).toBeVisible();
	// A vCard has no rows to number: its contacts are counted instead.
	await expect(page.getByText('Contact 1 · New')).toBeVisible();
	await expect(page.getByText('Contact 2 · New')).toBeVisible();
	await expect(page.getByText('Contact 3 · Not imported')).toHaveCount(2);
	await expect(page.getByText(/^Row \d/)).toHaveCount(0);
	await expect(
		page.getByRole('heading', { name: 'Contacts that will not be imported' })
	).toBeVisible();
	await expect(page.getByText(/does not look like an email/).first()).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the problem contacts (CSV)' }).click();
	const problems = readFileSync((await (await download).path())!, 'utf8');
	expect(problems).toMatch(/^\uFEFFContact,Name,Problem\r\n3,Wen Zhao,/);

	await page.getByRole('button', { name: 'Import 2 people' }).click();
	await expect(page.getByText('Imported 2 new people.')).toBeVisible();

	// Undone, after a confirmation: the people it added are gone, and the same file is new again.
	await page.getByRole('button', { name: 'Undo this import…' }).click();
	const confirm = page.getByRole('alertdialog', { name: /^Undo this import\?/ });
	await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await expectAxeClean(page, "an import's undo, asked");
	await confirm.getByRole('button', { name: 'Undo the import' }).click();
	const undone = page.getByRole('status').filter({ hasText: 'Import undone.' });
	await expect(undone).toBeFocused();
	await expect(undone).toContainText(/Deleted: the 2 people (and \d+ organisations? )?it added\./);
	await app.open('/people');
	await expect(page.getByText('No people yet.')).toBeVisible();
	await app.open('/import');
	await page.getByLabel(/File to import/).setInputFiles(fixture('contacts-v4.vcf'));
	await page.getByRole('button', { name: 'Import 2 people' }).click();
	await expect(page.getByText('Imported 2 new people.')).toBeVisible();

	await app.open('/people');
	await expect(page.getByRole('link', { name: /Uma Shah/ })).toContainText('Shah Consulting');
	await expect(page.getByRole('link', { name: /Victor Hugo Lemaire/ })).toBeVisible();

	// The same file again: everyone is a duplicate now, so nothing is imported twice.
	await app.open('/import');
	await page.getByLabel(/File to import/).setInputFiles(fixture('contacts-v4.vcf'));
	await expect(page.getByText(/0 new people, 0 merges, 2 duplicates skipped/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Import 0 people' })).toBeDisabled();
	await page.context().setOffline(false);
});

test('the last import, undone from another tab, follows what that tab did meanwhile', async ({
	page,
	context
}) => {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/import');
	await page.getByLabel(/File to import/).setInputFiles(fixture('tab.tsv'));
	await page.getByRole('button', { name: 'Import 2 people' }).click();
	await expect(page.getByText('Imported 2 new people.')).toBeVisible();

	// This tab asks about undoing tab.tsv's import…
	await app.open('/import');
	const last = page.getByRole('region', { name: 'Last import' });
	await expect(last).toContainText('“tab.tsv”');
	await last.getByRole('button', { name: 'Undo the last import…' }).click();
	await expect(page.getByRole('alertdialog')).toBeVisible();

	// …while another tab imports another file.
	const other = await context.newPage();
	await other.goto('/import');
	await other.getByLabel(/File to import/).setInputFiles(fixture('semicolon.csv'));
	await other.getByRole('button', { name: 'Import 2 people' }).click();
	await expect(other.getByText('Imported 2 new people.')).toBeVisible();
	await other.close();

	// The question about tab.tsv goes: its undo was given up. Asked again, it is about the new one.
	await expect(last).toContainText('“semicolon.csv”');
	await expect(page.getByRole('alertdialog')).toHaveCount(0);
	await expect(last.getByRole('button', { name: 'Undo the last import…' })).toBeFocused();
	await last.getByRole('button', { name: 'Undo the last import…' }).click();
	await page.getByRole('button', { name: 'Undo the import' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Import undone.' })).toContainText(
		'Deleted: the 2 people and 2 organisations it added.'
	);
	await app.open('/people');
	await expect(page.getByRole('link', { name: /Nadia Petrova/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /Lena Fischer/ })).toHaveCount(0);
});

test('a file that is not a contacts file is refused with a reason', async ({ page }) => {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/import');
	await page.getByLabel(/File to import/).setInputFiles({
		name: 'notes.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('Name,Notes\r\nSam,"never closed\r\n')
	});
	await expect(page.getByRole('alert')).toContainText('never closed');
	await app.open('/people');
	await expect(page.getByText('No people yet.')).toBeVisible();
});

test('CSV export downloads spreadsheet-safe files', async ({ page }) => {
	const app = new App(page);
	await app.startWithSample();
	await app.waitForServiceWorker();
	await page.context().setOffline(true);
	await app.open('/settings');
	await page.getByRole('link', { name: 'Import and export' }).click();
	await expect(app.heading()).toHaveText('Import and export');

	const people = page.waitForEvent('download');
	await page.getByRole('button', { name: 'People (CSV)' }).click();
	const file = await people;
	expect(file.suggestedFilename()).toMatch(/^rapport-people-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = readFileSync((await file.path())!, 'utf8');
	expect(csv.startsWith('\uFEFFName,Organisations,Title,Emails,Phones,')).toBe(true);
	expect(csv).toContain('Dana Whitfield');
	expect(csv).toContain('\r\n');
	// No cell starts with a formula character.
	expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
	await expect(page.getByText(/People: \d+ rows downloaded/)).toBeVisible();

	const leads = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Leads (CSV)' }).click();
	const leadsCsv = readFileSync((await (await leads).path())!, 'utf8');
	expect(leadsCsv.split('\r\n')[0]).toContain('Estimated value,Estimated currency,Won value');
	expect(leadsCsv).toMatch(/,\d+\.\d{2},[A-Z]{3},/);
	await page.context().setOffline(false);
});
