import { expect, test, type Locator } from '@playwright/test';
import { ANY_SCREEN, App, pickPerson } from './app';

/** The listbox of a person picker (beside its input). */
function listOf(box: Locator) {
	return box.locator('xpath=..').locator('[role="listbox"]');
}

test('keyboard only: type, move with the arrows, Home and End, Enter adds the person', async ({
	page
}) => {
	const app = new App(page);
	await app.startWithSample();
	await app.open('/log');
	const box = page.getByRole('combobox', { name: 'Someone else', exact: true });
	await box.focus();
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.type('ruth');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	const options = listOf(box).getByRole('option');
	await expect(options.first()).toHaveText('Ruth Adler');
	// The best match is ready for Enter; the arrows move through the list and wrap.
	await expect(options.first()).toHaveAttribute('aria-selected', 'true');
	const active = async () =>
		page.locator(`[id="${await box.getAttribute('aria-activedescendant')}"]`).textContent();
	const count = await options.count();
	if (count > 1) {
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(options.first()).toHaveAttribute('aria-selected', 'false');
		await page.keyboard.press('End');
		await expect(options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Home');
	}
	await page.keyboard.press('ArrowUp');
	await expect(options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowDown');
	expect(await active()).toContain('Ruth Adler');
	await page.keyboard.press('Enter');
	// Added, not submitted: the chip is pressed, the field is empty and ready for another.
	await expect(page.getByRole('button', { name: 'Ruth Adler', pressed: true })).toBeVisible();
	await expect(box).toHaveValue('');
	await expect(box).toBeFocused();
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByText('Choose at least one person.')).toHaveCount(0);
	// Already added: no longer offered, and the list says so (not that no one is called that).
	await page.keyboard.type('ruth adl');
	await expect(page.getByText('Ruth Adler is already chosen.')).toBeVisible();
	await expect(listOf(box).getByRole('option')).toHaveCount(0);
	// Escape closes, a second Escape clears; Tab leaves.
	await page.keyboard.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).toHaveValue('ruth adl');
	await page.keyboard.press('Escape');
	await expect(box).toHaveValue('');
	await page.keyboard.press('Tab');
	await expect(box).not.toBeFocused();
});

test(
	'an empty field lists a dozen people and says how many more; an honest empty state',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		// A picker that only chooses (the lead form's and the quick log's also add people).
		await app.open('/people/new');
		const box = page.getByRole('combobox', { name: /^Introduced by/ });
		await box.focus();
		await page.keyboard.press('ArrowDown');
		const options = listOf(box).getByRole('option');
		await expect(options).toHaveCount(12);
		const more = page.getByText(/^and \d+ more — keep typing$/);
		await expect(more).toBeVisible();
		// The sample's 60 people (one archived): a dozen shown, the rest counted.
		const count = async () => Number((await more.textContent())?.match(/\d+/)?.[0]);
		const everyone = await count();
		expect(12 + everyone).toBeGreaterThanOrEqual(55);
		expect(12 + everyone).toBeLessThanOrEqual(60);
		// Typing narrows it down; few enough matches need no "more".
		await page.keyboard.type('a');
		await expect(options.first()).toHaveText(/^A/i);
		await expect
			.poll(async () => ((await more.count()) ? await count() : 0))
			.toBeLessThan(everyone);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(box).toHaveValue('');
		await page.keyboard.type('Xqzv<b>');
		await expect(page.getByText('No one called “Xqzv<b>”.')).toBeVisible();
		await expect(options).toHaveCount(0);
		await expect(page.locator('b', { hasText: '”' })).toHaveCount(0);
		// Left behind, the text stays and says so (as text, never as markup); a second
		// Escape clears it.
		await page.keyboard.press('Tab');
		await expect(box).toHaveValue('Xqzv<b>');
		await expect(box).toHaveAccessibleDescription(/^No one called “Xqzv<b>” is in Rapport yet\./);
		await expect(page.locator('b', { hasText: '”' })).toHaveCount(0);
		await box.focus();
		await page.keyboard.press('Escape');
		await expect(box).toHaveValue('');
		await expect(box).not.toHaveAttribute('aria-invalid');
	}
);

test('tap to open, tap a name, clear it; the list stays on screen', async ({ page }, testInfo) => {
	const app = new App(page);
	await app.startWithSample();
	await app.open('/leads/new');
	const box = page.getByRole('combobox', { name: 'Who it is for', exact: false });
	const tap = (target: Locator) =>
		testInfo.project.name === 'phone' ? target.tap() : target.click();
	await tap(box);
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await box.pressSequentially('ruth');
	const option = listOf(box).getByRole('option', { name: 'Ruth Adler', exact: true });
	const viewport = page.viewportSize();
	const popup = await listOf(box).locator('xpath=..').boundingBox();
	expect(popup && viewport).toBeTruthy();
	if (popup && viewport) {
		expect(popup.y).toBeGreaterThanOrEqual(0);
		expect(popup.y + popup.height).toBeLessThanOrEqual(viewport.height);
		expect(popup.x).toBeGreaterThanOrEqual(0);
		expect(popup.x + popup.width).toBeLessThanOrEqual(viewport.width);
	}
	// Comfortable to tap.
	expect((await option.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
	await tap(option);
	await expect(box).toHaveValue('Ruth Adler');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	// The referrer can no longer be the contact.
	const referrer = page.getByRole('combobox', { name: /^Referred by/ });
	await tap(referrer);
	await referrer.pressSequentially('ruth adler');
	await expect(page.getByText('Ruth Adler is already chosen.')).toBeVisible();
	await referrer.press('Escape');
	await referrer.press('Escape');
	await tap(page.getByRole('button', { name: 'Clear the contact' }));
	await expect(box).toHaveValue('');
	await expect(box).toBeFocused();
});

test(
	'a full name typed and left behind is chosen; the form keeps its validation',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/leads/refer');
		const to = page.getByRole('combobox', { name: 'Whom did you send work to?' });
		await page.getByRole('button', { name: 'Save the referral' }).click();
		await expect(page.getByText('Choose whom you sent the work to.')).toBeVisible();
		await expect(to).toHaveAttribute('aria-invalid', 'true');
		await expect(to).toHaveAttribute('aria-describedby', 'refer-to-error');
		await expect(to).toBeFocused();
		await to.fill('RUTH ADLER');
		await to.press('Tab');
		await expect(to).toHaveValue('Ruth Adler');
		await page.getByRole('button', { name: 'Save the referral' }).click();
		await expect(page.getByRole('heading', { name: 'Ruth Adler', level: 1 })).toBeVisible();
	}
);

test(
	'a name that matches no one stays in the field and holds the form until resolved',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		// A picker that only chooses (the lead form's and the quick log's also add people).
		await app.open('/people/new');
		await page.getByLabel('Name').fill('Bea Baker');
		const who = page.getByRole('combobox', { name: /^Introduced by/ });
		await who.fill('Tom Baker');
		// Enter closes the list, a second Enter sends the form without leaving the field: held.
		await who.press('Enter');
		await who.press('Enter');
		await expect(who).toHaveAttribute('aria-invalid', 'true');
		await expect(page).toHaveURL(/\/people\/new$/);
		await page.getByRole('button', { name: 'Add person' }).click();
		// Not saved as if the field were empty, and not wiped.
		await expect(who).toHaveValue('Tom Baker');
		await expect(who).toBeFocused();
		await expect(who).toHaveAttribute('aria-invalid', 'true');
		await expect(who).toHaveAccessibleDescription(
			'No one called “Tom Baker” is in Rapport yet. Choose someone from the list, or clear the field.'
		);
		await expect(page).toHaveURL(/\/people\/new$/);
		// Resolved by choosing someone: the message goes and the person is saved with them.
		await who.fill('Ruth Adl');
		await expect(who).not.toHaveAttribute('aria-invalid');
		await page.getByRole('option', { name: 'Ruth Adler' }).click();
		await page.getByRole('button', { name: 'Add person' }).click();
		await expect(page.getByRole('heading', { name: 'Bea Baker', level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Ruth Adler' }).first()).toBeVisible();
	}
);

test(
	"removing a chosen person's chip from the keyboard moves focus to the next chip, the one before, then the search box",
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		for (const name of ['Maria Lopez', 'Mark Chen', 'Ines Duarte']) {
			await app.open('/people/new');
			await page.getByLabel('Name').fill(name);
			await page.getByRole('button', { name: 'Add person' }).click();
			await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
		}
		await app.open('/log');
		// Nobody logged with yet: no suggested chips, only the people chosen.
		const box = page.locator('#log-person');
		await pickPerson(page, /^(Person|Someone else)$/, 'Maria Lopez');
		await pickPerson(page, 'Someone else', 'Mark Chen');
		await pickPerson(page, 'Someone else', 'Ines Duarte');
		const chip = (name: string) => page.getByRole('button', { name, exact: true });
		await box.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await expect(chip('Mark Chen')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(chip('Mark Chen')).toHaveCount(0);
		await expect(chip('Ines Duarte')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(chip('Ines Duarte')).toHaveCount(0);
		await expect(chip('Maria Lopez')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(chip('Maria Lopez')).toHaveCount(0);
		await expect(page.getByRole('combobox', { name: 'Person', exact: true })).toBeFocused();
	}
);

test(
	'text matching only people already chosen says so, and does not hold up Save',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/log');
		await pickPerson(page, /^(Person|Someone else)$/, 'Ruth Adler');
		const box = page.getByRole('combobox', { name: 'Someone else', exact: true });
		await box.fill('ruth');
		await expect(listOf(box).locator('xpath=..')).toContainText('Ruth Adler is already chosen.');
		await expect(page.getByText(/No one called/)).toHaveCount(0);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Saved: coffee with Ruth Adler.').last()).toBeVisible();
		await expect(page.getByText(/No one called/)).toHaveCount(0);
		await expect(box).toHaveValue('');
		await expect(box).not.toHaveAttribute('aria-invalid');

		// Part of a name others still match: the message says so, and asks to choose.
		await box.fill('Ma');
		await box.press('Tab');
		await expect(box).toHaveValue('Ma');
		await expect(box).toHaveAttribute('aria-invalid', 'true');
		await expect(box).toHaveAccessibleDescription(
			/^“Ma” matches \d+ people: choose one from the list, or clear the field\.$/
		);
		await expect(page.getByText(/No one called/)).toHaveCount(0);
	}
);
