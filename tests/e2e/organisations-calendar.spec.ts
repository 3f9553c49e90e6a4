import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { App } from './app';
import { expectAxeClean } from './axe';

test('organisations and communities list their people and recent activity', async ({ page }) => {
	const app = new App(page);
	await app.startWithSample();
	await app.nav('People').click();
	await page.getByRole('link', { name: 'Organisations' }).click();
	await expect(page.getByRole('heading', { name: 'Organisations and communities' })).toBeVisible();
	await expect(app.nav('People')).toHaveAttribute('aria-current', 'page');

	await page.getByLabel('Show').selectOption('community');
	const row = page.getByRole('listitem').filter({ hasText: 'Riverside Chamber of Commerce' });
	const listed = (await row.innerText()).match(/(\d+) (?:person|people)/)?.[1];
	expect(Number(listed)).toBeGreaterThan(1);
	await page.getByRole('link', { name: 'Riverside Chamber of Commerce' }).click();
	// The page counts its people as the list does; anyone archived is counted apart.
	await expect(
		page.getByText(new RegExp(`^Community or network · ${listed} people`))
	).toBeVisible();
	const people = page.getByRole('region', { name: 'People' });
	await expect(people.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
	await expect(people.getByRole('link', { name: 'Marcus Lee' })).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Recent activity' }).getByRole('listitem').first()
	).toBeVisible();

	await app.open('/organisations');
	await page.getByLabel('Name').fill('Design Guild');
	await page.getByLabel('Kind').selectOption('community');
	await page.getByRole('button', { name: 'Add' }).click();
	await page.getByRole('link', { name: 'Design Guild' }).click();
	await expect(page.getByText('Nobody here yet.')).toBeVisible();

	// Renamed and given a website; then, with nobody linked to it, deleted and undone.
	await page.getByRole('button', { name: 'Edit', exact: true }).click();
	await page.getByLabel('Name').fill('Design Guild Berlin');
	await page.getByLabel(/^Website/).fill('https://guild.example');
	await expectAxeClean(page, 'organisation editor');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('heading', { name: 'Design Guild Berlin', level: 1 })).toBeVisible();
	await expect(page.getByRole('link', { name: 'https://guild.example' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeFocused();
	await page.getByRole('button', { name: 'Delete…' }).click();
	await page.getByRole('button', { name: 'Delete Design Guild Berlin' }).click();
	await expect(page.getByRole('heading', { name: 'Organisations and communities' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Design Guild Berlin' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('link', { name: 'Design Guild Berlin' })).toBeVisible();
	// One with people is edited, never deleted from here.
	await page.getByLabel('Show').selectOption('community');
	await page.getByRole('link', { name: 'Riverside Chamber of Commerce' }).click();
	await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Delete…' })).toHaveCount(0);

	// Two records of one community: the chamber folds into the guild, with undo.
	await app.open('/organisations');
	await page.getByRole('link', { name: 'Design Guild Berlin' }).click();
	await page.getByRole('button', { name: 'Merge a duplicate…' }).click();
	const merge = page.getByRole('group', { name: 'Merge a duplicate into Design Guild Berlin' });
	const other = merge.getByLabel('The other organisation');
	await expect(other).toBeFocused();
	await other.selectOption({ label: 'Riverside Chamber of Commerce (Community or network)' });
	// Archived members move too (the list above counts only the others).
	await expect(merge).toContainText(/\d+ people move to Design Guild Berlin\./);
	await expectAxeClean(page, 'merging an organisation');
	await merge.getByRole('button', { name: 'Merge into Design Guild Berlin' }).click();
	const merged = page
		.getByRole('status')
		.filter({ hasText: 'Riverside Chamber of Commerce merged into Design Guild Berlin.' });
	await expect(merged).toBeVisible();
	await expect(people.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
	await expect(
		page.getByText(new RegExp(`^Community or network · ${listed} people`))
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Merge a duplicate…' })).toBeFocused();
	await merged.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('Nobody here yet.')).toBeVisible();
	await app.open('/organisations');
	await expect(page.getByRole('link', { name: 'Riverside Chamber of Commerce' })).toBeVisible();
});

test('the list refuses a name already there, names and links the one there, and keeps what was typed', async ({
	page
}) => {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/organisations');
	// A company, as one named on a person's or a lead's form is.
	await expect(page.getByLabel('Kind')).toHaveValue('company');
	const name = page.getByLabel('Name');
	await name.fill('Northwind Bakery');
	await page.getByRole('button', { name: 'Add' }).click();
	await expect(
		page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Northwind Bakery' }) })
	).toContainText(/Company · 0\s+people/);
	await name.fill('Fernhill Café');
	await page.getByRole('button', { name: 'Add' }).click();
	await expect(page.getByRole('link', { name: 'Fernhill Café' })).toBeVisible();

	await name.fill('northwind  bakery');
	await page.getByRole('button', { name: 'Add' }).click();
	const refusal = page.getByRole('alert').filter({ hasText: 'is already in Rapport' });
	await expect(refusal).toHaveText(
		'Northwind Bakery is already in Rapport. Open it, or give this one a name of its own.'
	);
	await expect(name).toHaveValue('northwind  bakery');
	await expect(name).toBeFocused();
	await expect(name).toHaveAccessibleDescription(/^Northwind Bakery is already in Rapport\./);
	await expect(page.getByRole('listitem').filter({ hasText: /northwind/i })).toHaveCount(1);
	await expectAxeClean(page, 'a refused organisation name');
	// Typing in the name takes the message away at once, and keeps what is there.
	await name.press('End');
	await name.pressSequentially(' 2');
	await expect(refusal).toBeHidden();
	await expect(name).toHaveValue('northwind  bakery 2');
	await expect(name).not.toHaveAttribute('aria-invalid');
	await name.fill('northwind bakery');
	await page.getByRole('button', { name: 'Add' }).click();
	await refusal.getByRole('link', { name: 'Northwind Bakery' }).click();
	await expect(page.getByRole('heading', { name: 'Northwind Bakery', level: 1 })).toBeVisible();

	// Renaming it to another's name is refused the same way, nothing saved, merging pointed to.
	await page.getByRole('button', { name: 'Edit', exact: true }).click();
	await name.fill('fernhill  CAFÉ');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(refusal).toHaveText(
		'Fernhill Café is already in Rapport. Give this one a name of its own. If they are the same, cancel and use “Merge a duplicate…” to combine them.'
	);
	await expect(name).toBeFocused();
	await expect(name).toHaveValue('fernhill  CAFÉ');
	await expect(refusal.getByRole('link', { name: 'Fernhill Café' })).toHaveAttribute(
		'href',
		/\/organisations\/.+/
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Northwind Bakery');
	// Its own name in another case is a correction, saved.
	await name.fill('NORTHWIND bakery');
	await expect(refusal).toBeHidden();
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('heading', { name: 'NORTHWIND bakery', level: 1 })).toBeVisible();
});

test('an organisation shows the work won there beside the time it took', async ({ page }) => {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/people/new');
	await page.getByLabel('Name').fill('Kai Baker');
	await page.getByLabel(/^Organisations/).fill('Fernhill Bakery');
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name: 'Kai Baker', level: 1 })).toBeVisible();
	await page.getByRole('link', { name: 'Add a lead for them' }).click();
	await page.getByLabel('What is it?').fill('Shop website');
	// Their organisation is the lead's, from their record.
	await expect(page.getByLabel('Organisation')).toHaveValue(/.+/);
	await page.getByLabel('Channel').selectOption({ label: 'Website' });
	await page.getByLabel('Status').selectOption('won');
	await page.getByLabel('Won value').fill('4000');
	await page.getByRole('button', { name: 'Add lead' }).click();
	await expect(page.getByRole('heading', { name: 'Shop website' })).toBeVisible();

	await app.open('/organisations');
	await page.getByRole('link', { name: 'Fernhill Bakery' }).click();
	await expect(page.getByTestId('org-won')).toHaveText('Work won here: €4,000.00.');
	await expectAxeClean(page, 'organisation with won work');
});

test('Today exports follow-ups and due touches as an .ics file for the phone calendar', async ({
	page
}) => {
	const app = new App(page);
	await app.startWithSample();
	const button = page.getByRole('button', { name: /^Add \d+ reminders to your calendar$/ });
	const count = Number((await button.textContent())?.match(/\d+/)?.[0]);
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(download.suggestedFilename()).toBe('rapport-reminders.ics');
	const text = await readFile((await download.path())!, 'utf8');
	expect(text).toMatch(/^BEGIN:VCALENDAR/);
	expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(count);
	expect(text).toMatch(/SUMMARY:(Follow up with|Keep in touch:) /);
	expect(text).toContain('TRIGGER:PT9H');
});
