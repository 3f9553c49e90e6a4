import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { ANY_SCREEN, App, filterArea, openFilters } from './app';
import { saveScreenshot } from './screenshots';

async function addPerson(page: Page, name: string, tags: string, role: string) {
	await page.goto('/people/new');
	await page.getByLabel('Name').fill(name);
	await page.getByLabel(/^Tags/).fill(tags);
	await page.getByRole('checkbox', { name: role, exact: true }).check();
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Adds a filter the way a pointer does: choose the field, then press "Add filter". */
async function addFilter(page: Page, field: string) {
	await page.getByLabel('Filter on', { exact: true }).selectOption({ label: field });
	await page.getByRole('button', { name: 'Add filter', exact: true }).click();
	await expect(page.getByRole('group', { name: `${field} filter` }).last()).toBeVisible();
}

const results = (page: Page) =>
	page.getByRole('list').filter({ has: page.locator('a[href^="/people/"]') });
const listed = async (page: Page) =>
	(await results(page).locator('.name').allTextContents()).map((t) => t.trim());

test('clients tagged local, not contacted in the last 30 days: build, lock, clear, save, reopen', async ({
	page
}, testInfo) => {
	const app = new App(page);
	await app.startEmpty();
	await addPerson(page, 'Lena Local', 'local', 'Client');
	await addPerson(page, 'Omar Recent', 'local', 'Client');
	// Omar was contacted today.
	await page.getByRole('link', { name: 'Log interaction' }).click();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved: coffee with Omar' })
	).toBeVisible();
	await addPerson(page, 'Pia Prospect', 'local', 'Prospect');
	await addPerson(page, 'Cato Remote', 'remote', 'Client');

	await app.open('/people');
	await expect(page.getByText('4 people')).toBeVisible();
	await page.getByRole('radio', { name: 'Advanced' }).check();
	await expect(page.getByText(/^No filters yet/)).toBeVisible();
	await expect(page).toHaveURL(/filters=advanced/);

	await addFilter(page, 'Role');
	const role = page.getByRole('group', { name: 'Role filter' });
	await role.getByRole('checkbox', { name: 'Client' }).check();
	await expect(page.getByText('3 of 4 people match')).toBeVisible();

	await addFilter(page, 'Tag');
	await page
		.getByRole('group', { name: 'Tag filter' })
		.getByRole('checkbox', { name: 'local' })
		.check();
	await expect(page.getByText('2 of 4 people match')).toBeVisible();

	await addFilter(page, 'Last contact');
	await page.getByLabel('Last contact: include or exclude').selectOption('exclude');
	await page.getByLabel('Last contact: how many').fill('30');
	await expect(page.getByLabel('Last contact: unit')).toHaveValue('days');
	await expect(page.getByText('1 of 4 people match')).toBeVisible();
	expect(await listed(page)).toEqual(['Lena Local']);
	// Three filters push the list down on a phone: a link above them goes straight to it.
	await page.getByRole('link', { name: 'Skip to the list' }).click();
	await expect(page.locator('#people-results')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: /^Lena Local/ })).toBeFocused();

	// Reorder with the keyboard: Last contact up to first.
	await page.getByRole('button', { name: 'Move Last contact filter up' }).click();
	await expect(page.getByRole('button', { name: 'Move Last contact filter up' })).toBeFocused();
	await expect(page.getByText('Last contact filter moved to position 2 of 3.')).toBeAttached();
	await page.keyboard.press('Enter');
	const first = page
		.getByRole('region', { name: 'Advanced filters' })
		.getByRole('listitem')
		.first();
	await expect(first.getByRole('group').first()).toHaveAccessibleName('Last contact filter');
	await expect(page.getByRole('button', { name: 'Move Last contact filter up' })).toBeDisabled();
	await page.getByRole('button', { name: 'Move Last contact filter down' }).click();
	expect(await listed(page)).toEqual(['Lena Local']);

	// A name over the limit is refused with a reason, never cut short while typing.
	const viewName = page.getByLabel('Save these filters as');
	await viewName.fill('Local clients to call back before the end of the quarter, please');
	await page.getByRole('button', { name: 'Save view' }).click();
	await expect(viewName).toHaveAccessibleDescription(
		'View names are at most 60 characters; this one has 64.'
	);
	await expect(viewName).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('button', { name: /^Open view/ })).toHaveCount(0);
	await page.getByLabel('Save these filters as').fill('Local clients to call');
	await page.getByRole('button', { name: 'Save view' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved the view “Local clients to call”' })
	).toBeVisible();
	await expect(
		page.getByRole('button', { name: 'Open view Local clients to call' })
	).toHaveAttribute('aria-current', 'true');

	// Fits the screen and stays accessible with the builder open.
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await expectAxeClean(page, 'People with the filter builder open');
	await saveScreenshot(page, testInfo.outputPath('people-advanced.png'));

	if (testInfo.project.name === 'desktop') {
		// Drag and drop reorders too (the ↑ ↓ buttons are the keyboard and touch way).
		const items = page.getByRole('region', { name: 'Advanced filters' }).getByRole('listitem');
		await items.nth(2).dragTo(items.nth(0));
		await expect(items.first().getByRole('group').first()).toHaveAccessibleName('Tag filter');
		await items.nth(0).dragTo(items.nth(2));
		await expect(items.nth(2).getByRole('group').first()).toHaveAccessibleName('Tag filter');
	}

	// Lock the role filter; Clear keeps it and drops the rest.
	const lockRole = page.getByRole('button', { name: 'Lock Role filter' });
	await lockRole.click();
	await expect(lockRole).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: 'Clear', exact: true }).click();
	await expect(page.getByText('Cleared; 1 locked filter stays.')).toBeAttached();
	await expect(page.getByRole('group', { name: 'Role filter' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Tag filter' })).toHaveCount(0);
	await expect(page.getByRole('group', { name: 'Last contact filter' })).toHaveCount(0);
	await expect(page.getByText('3 of 4 people match')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Clear', exact: true })).toBeDisabled();

	// The address carries the filters: a reload (or a bookmark) shows the same list.
	await expect(page).toHaveURL(/%22roles%22/);
	await expect(page).not.toHaveURL(/%22tags%22/);
	await page.reload();
	await expect(page.getByRole('radio', { name: 'Advanced' })).toBeChecked();
	await expect(page.getByRole('group', { name: 'Role filter' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Lock Role filter' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByText('3 of 4 people match')).toBeVisible();

	await page.getByRole('button', { name: 'Open view Local clients to call' }).click();
	await expect(page.getByText('1 of 4 people match')).toBeVisible();
	expect(await listed(page)).toEqual(['Lena Local']);
	// Three filters push the list down on a phone: a link above them goes straight to it.
	await page.getByRole('link', { name: 'Skip to the list' }).click();
	await expect(page.locator('#people-results')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: /^Lena Local/ })).toBeFocused();
	await expect(page.getByLabel('Last contact: how many')).toHaveValue('30');

	// Lock all / unlock all.
	await page.getByRole('button', { name: 'Lock all' }).click();
	for (const name of ['Role', 'Tag', 'Last contact']) {
		await expect(page.getByRole('button', { name: `Lock ${name} filter` })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	}
	await page.getByRole('button', { name: 'Unlock all' }).click();
	await expect(page.getByRole('button', { name: 'Lock Tag filter' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);

	// Back to Simple: the simple filters are there and the address drops the filters.
	await page.getByRole('radio', { name: 'Simple' }).check();
	await expect(page.getByLabel('Search')).toBeVisible();
	await expect(page.getByText('4 people')).toBeVisible();
	await expect(page).not.toHaveURL(/f=/);

	// A broken address says what was wrong and never crashes the page.
	await app.open(
		'/people?filters=advanced&f=%7B%22field%22%3A%22nope%22&f=%7B%22field%22%3A%22salary%22%2C%22condition%22%3A%7B%22type%22%3A%22text%22%7D%7D'
	);
	await expect(page.getByRole('alert').first()).toContainText(
		'Filter 1 in the address was left out'
	);
	await expect(page.getByText('there is no field "salary"')).toBeVisible();
	await expect(page.getByText('4 people')).toBeVisible();

	// The People tab opens the plain list again.
	await app.nav('People').click();
	await expect(page.getByRole('radio', { name: 'Simple' })).toBeChecked();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.getByRole('radio', { name: 'Advanced' }).check();

	// Delete the view, with undo.
	await page.getByRole('button', { name: 'Delete view Local clients to call' }).click();
	await expect(page.getByRole('button', { name: 'Open view Local clients to call' })).toHaveCount(
		0
	);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('button', { name: 'Open view Local clients to call' })).toBeVisible();
});

test('interactions list: simple and advanced filters, newest first', async ({ page }, testInfo) => {
	const app = new App(page);
	await app.startWithSample();
	await app.open('/interactions');
	await expect(page.getByRole('heading', { name: 'Interactions', level: 1 })).toBeVisible();
	await expect(page.getByText(/interactions, newest first/)).toBeVisible();
	const dates = async () =>
		(await page.locator('ul.rows a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
			.length;
	expect(await dates()).toBe(50);
	await expect(page.getByRole('button', { name: /^Show 50 more/ })).toBeVisible();

	await page.getByLabel('Kind').selectOption('call');
	await expect(page.getByText(/interactions? match, newest first/)).toBeVisible();
	// The rows follow once the calls are read (the count's wording may change first).
	const titles = () => page.locator('ul.rows .title').allTextContents();
	await expect
		.poll(async () => {
			const shown = await titles();
			return shown.length > 0 && shown.every((t) => t.startsWith('Call with '));
		})
		.toBe(true);
	// The simple filters live in the address: Back from an interaction keeps them.
	const calls = await page.getByText(/interactions? match, newest first/).textContent();
	await expect(page).toHaveURL(/[?&]kind=call/);
	await page.locator('ul.rows a').first().click();
	await expect(page).toHaveURL(/\/log\/[^/?]+$/);
	await page.goBack();
	await expect(page).toHaveURL(/[?&]kind=call/);
	await expect(page.getByLabel('Kind')).toHaveValue('call');
	await expect(page.getByText(calls!, { exact: true })).toBeVisible();

	await page.getByRole('radio', { name: 'Advanced' }).check();
	await addFilter(page, 'Date');
	await page.getByLabel('Date: how many').fill('30');
	await addFilter(page, 'Kind');
	await page
		.getByRole('group', { name: 'Kind filter' })
		.getByRole('checkbox', { name: 'Coffee' })
		.check();
	await expect(page.getByText(/interactions? match, newest first|Nothing matches/)).toBeVisible();
	await expect
		.poll(async () => (await titles()).every((t) => t.startsWith('Coffee with ')))
		.toBe(true);
	await saveScreenshot(page, testInfo.outputPath('interactions-advanced.png'));
	await expect(page).toHaveURL(/%22kind%22/);
	await page.reload();
	await expect(page.getByRole('group', { name: 'Kind filter' })).toBeVisible();
	await expect(page.getByLabel('Date: how many')).toHaveValue('30');

	// Both amounts typed is applied, without leaving the last box first; text that is not an
	// amount says so at the filter.
	await addFilter(page, 'Cost');
	const cost = page.getByRole('group', { name: 'Cost filter' });
	await page.getByLabel('Cost: comparison').selectOption('between');
	await page.getByLabel('Cost: amount').fill('50');
	await page.getByLabel('Cost: second amount').fill('5');
	await expect(cost).not.toContainText('Not applied');
	await expect(page).toHaveURL(/%22b%22%3A500%7D/);
	await page.getByLabel('Cost: second amount').fill('five');
	await expect(cost).toHaveAccessibleDescription(
		'Not applied: the second amount cannot be read. Enter an amount like 50.'
	);
	await expect(page.getByLabel('Cost: second amount')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Cost: second amount')).toHaveValue('five');
});

test(
	'leads: advanced filters on any field, saved as a view and reopened after a reload',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/leads');
		const count = page.getByText(/^\d[\d,]* (of \d[\d,]* leads? match|leads?)$/);
		const all = Number((await count.textContent())?.match(/^\d+/)?.[0]);
		expect(all).toBeGreaterThan(5);

		// On a phone the pipeline starts on the first screen, above the bottom bar: the filters
		// are folded away under "Filters", and a tap opens them.
		const firstLead = (await page
			.locator('#leads-results')
			.getByRole('link')
			.first()
			.boundingBox())!;
		expect(firstLead.y + firstLead.height).toBeLessThanOrEqual(page.viewportSize()!.height - 64);
		const toggle = filterArea(page).locator('summary');
		await expect(toggle).toHaveText('Filters');
		await expect(page.getByRole('radio', { name: 'Advanced' })).toBeHidden();
		await toggle.tap();
		await page.getByRole('radio', { name: 'Advanced' }).check();
		await addFilter(page, 'Status');
		await page
			.getByRole('group', { name: 'Status filter' })
			.getByRole('checkbox', { name: 'Won' })
			.check();
		await expect(count).toHaveText(new RegExp(`^\\d+ of ${all} leads match$`));
		const won = Number((await count.textContent())?.match(/^\d+/)?.[0]);
		expect(won).toBeGreaterThan(0);
		expect(won).toBeLessThan(all);
		// Only the Won column has leads now.
		await expect(page.getByRole('heading', { name: /^New/ })).toContainText('(0)');
		// Folded again from the keyboard, the filters say they are on, and the count stays.
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveText('Filters (1 on)');
		await expect(page.getByLabel('Filter on', { exact: true })).toBeHidden();
		await expect(count).toHaveText(`${won} of ${all} leads match`);
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('Filter on', { exact: true })).toBeVisible();

		await page.getByLabel('Save these filters as').fill('Won work');
		await page.getByRole('button', { name: 'Save view' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Saved the view “Won work”' })
		).toBeVisible();
		// The same name with other filters asks before replacing the view.
		await page
			.getByRole('group', { name: 'Status filter' })
			.getByRole('checkbox', { name: 'Lost' })
			.check();
		await page.getByLabel('Save these filters as').fill('won WORK');
		await page.getByRole('button', { name: 'Save view' }).click();
		const question = page.getByRole('alertdialog');
		await expect(question).toContainText('“Won work” already holds 1 filter.');
		await question.getByRole('button', { name: 'Choose another name' }).click();
		await expect(question).toHaveCount(0);
		await expect(page.getByLabel('Save these filters as')).toBeFocused();
		await expect(page.getByRole('button', { name: 'Open view Won work' })).toContainText(
			'1 filter'
		);
		await page.getByRole('button', { name: 'Save view' }).click();
		await question.getByRole('button', { name: 'Replace “Won work”' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Updated the view “won WORK”' })
		).toBeVisible();
		await expect(page.getByLabel('Save these filters as')).toBeFocused();
		// Back to won only, saved again under the first name.
		await page
			.getByRole('group', { name: 'Status filter' })
			.getByRole('checkbox', { name: 'Lost' })
			.uncheck();
		await page.getByLabel('Save these filters as').fill('Won work');
		await page.getByRole('button', { name: 'Save view' }).click();
		await question.getByRole('button', { name: 'Replace “won WORK”' }).click();

		await page.getByRole('radio', { name: 'Simple' }).check();
		await expect(count).toHaveText(new RegExp(`^${all} leads$`));
		await page.reload();
		await page.getByRole('radio', { name: 'Advanced' }).check();
		await page.getByRole('button', { name: 'Open view Won work' }).click();
		await expect(count).toHaveText(new RegExp(`^${won} of ${all} leads match$`));

		// The address, opened afresh (a shared link): the same list, the filters folded away on a
		// phone and saying they are on; opened, they show what is on.
		await expect(page).toHaveURL(/[?&]f=/);
		const shared = await page.context().newPage();
		await shared.goto(page.url());
		await expect(filterArea(shared).locator('summary')).toHaveText('Filters (1 on)');
		await expect(shared.getByText(`${won} of ${all} leads match`)).toBeVisible();
		await openFilters(shared);
		await expect(
			shared.getByRole('group', { name: 'Status filter' }).getByRole('checkbox', { name: 'Won' })
		).toBeChecked();
	}
);

test(
	'a chosen value that no longer exists shows, ticked, and can be unticked',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await addPerson(page, 'Ann Podcaster', 'podcast', 'Client');
		await app.open('/people');
		await page.getByRole('radio', { name: 'Advanced' }).check();
		await addFilter(page, 'Tag');
		const tags = page.getByRole('group', { name: 'Tag filter' });
		await tags.getByRole('checkbox', { name: 'podcast' }).check();
		await expect(page.getByRole('link', { name: /Ann Podcaster/ })).toBeVisible();
		await expect(page).toHaveURL(/[?&]f=.*podcast/);
		const filtered = page.url();
		// No one has the tag any more; the address (a bookmark, a saved view) still asks for it.
		await page.getByRole('link', { name: /Ann Podcaster/ }).click();
		await page.getByRole('link', { name: 'Edit' }).click();
		await page.getByLabel(/^Tags/).fill('');
		await page.getByRole('button', { name: 'Save' }).click();
		// Saved and on the person's page (the edit page's heading names them too).
		await expect(page).toHaveURL(/\/people\/[^/]+$/);
		await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
		await page.goto(filtered);
		const gone = tags.getByRole('checkbox', { name: 'podcast (no longer here)' });
		await expect(gone).toBeChecked();
		await expect(page.getByRole('link', { name: /Ann Podcaster/ })).toHaveCount(0);
		// Unticked, it matches no one and nothing is left of it.
		await gone.click();
		await expect(gone).toHaveCount(0);
		await expect(page.getByRole('link', { name: /Ann Podcaster/ })).toBeVisible();
	}
);

test(
	'an "Archived" filter finds the archived people; removing or clearing filters keeps the keyboard in the builder',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/people');
		await page.getByRole('radio', { name: 'Advanced' }).check();
		await addFilter(page, 'Tag');
		await addFilter(page, 'Archived');
		// The flag starts at "Archived": the sample's one archived contact, though "Include
		// archived" is not ticked (the filter asks for them). The Tag filter is not filled in.
		await expect(page.getByText(/^1 of 60 people match$/)).toBeVisible();
		await page.getByLabel('Archived', { exact: true }).selectOption('Not archived');
		await expect(page.getByText(/^59 of 60 people match$/)).toBeVisible();
		await page.getByRole('button', { name: 'Remove Tag filter' }).click();
		// The filter now first (Archived) has the keyboard.
		await expect(
			page.getByRole('group', { name: 'Archived filter' }).locator(':focus')
		).toHaveCount(1);
		await page.getByRole('button', { name: 'Clear', exact: true }).click();
		await expect(page.getByLabel('Filter on', { exact: true })).toBeFocused();
	}
);

test(
	'the keyboard browses the fields with the arrows and adds the chosen one with the button',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/leads');
		await openFilters(page);
		await page.getByRole('radio', { name: 'Advanced' }).check();
		const rows = page.getByRole('region', { name: 'Advanced filters' }).locator('[data-filter]');
		const field = page.getByLabel('Filter on', { exact: true });
		await expect(field).toBeVisible();
		await addFilter(page, 'Status');
		await expect(rows).toHaveCount(1);

		// Arrows on the closed select (which Chromium turns into a change at once) only
		// choose a field: no filter is added and the keyboard stays on the select.
		await field.focus();
		const before = await rows.count();
		const first = await field.inputValue();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(field).toBeFocused();
		await expect(field).not.toHaveValue(first);
		await expect(rows).toHaveCount(before);
		await page.keyboard.press('ArrowUp');
		await expect(rows).toHaveCount(before);
		const label = (await field.locator('option:checked').textContent())?.trim() ?? '';
		expect(label).not.toBe('');

		// Tab to "Add filter" and press Enter: the chosen field's filter is added, last, and
		// has the keyboard.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Add filter', exact: true })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(rows).toHaveCount(before + 1);
		const added = rows.last();
		await expect(added.getByRole('group').first()).toHaveAccessibleName(`${label} filter`);
		await expect(added.locator('.condition :focus')).toHaveCount(1);
	}
);
