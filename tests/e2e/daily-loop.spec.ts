import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import {
	addPersonWithCadence,
	ANY_SCREEN,
	App,
	dismissToasts,
	personFact,
	pickPerson
} from './app';

const today = () =>
	new Date().toLocaleDateString('en-US', { day: 'numeric', month: 'short', year: 'numeric' });
const inDays = (n: number) =>
	new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-US', {
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	});

test('log a coffee from Today in two taps; it shows on the timeline and next due moves', async ({
	page
}) => {
	const app = new App(page);
	await app.startEmpty();
	await addPersonWithCadence(page, app, 'Nadia Mensah', 14, '2026-01-05', (p) =>
		p.getByLabel(/^Tags/).fill('local')
	);
	const fact = (name: string) => personFact(page, name);
	const nextDue = fact('Next due');
	await expect(nextDue).toHaveText('Jan 19, 2026');

	await app.nav('Today').click();
	const row = page
		.getByRole('region', { name: 'New, not contacted yet' })
		.getByRole('listitem')
		.filter({ hasText: 'Nadia Mensah' });
	await row.getByRole('link', { name: 'Log' }).click(); // tap 1
	await expect(page.getByRole('button', { name: 'Nadia Mensah', pressed: true })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Coffee', exact: true })).toBeChecked();
	await expect(page.getByRole('radio', { name: '45 min' })).toBeChecked();
	const save = page.getByRole('button', { name: 'Save', exact: true });
	await save.click(); // tap 2
	await expect(page.getByText('Saved: coffee with Nadia Mensah.').last()).toBeVisible();
	// Ready for the next entry: the keyboard is back at the top of the form, and Save is not
	// under the toast.
	await expect(page.locator('form :focus')).toHaveCount(1);
	const toast = (await page.getByRole('status').filter({ hasText: 'Saved:' }).boundingBox())!;
	const button = await save.boundingBox();
	expect(!button || button.y + button.height <= toast.y || button.y >= toast.y + toast.height).toBe(
		true
	);

	await app.open('/people');
	await page.getByLabel('Search').fill('local');
	await page.getByRole('link', { name: /Nadia Mensah/ }).click();
	await expect(
		page.getByRole('region', { name: 'Timeline' }).getByRole('link', { name: 'Coffee' })
	).toBeVisible();
	await expect(fact('Last contact')).toHaveText(today());
	await expect(nextDue).toHaveText(inDays(14));
	// Tags show on the person's page.
	await expect(page.getByRole('paragraph').filter({ hasText: 'Tag: local' })).toBeVisible();

	// Nobody is due now: Today says when the next touch is, not to set a cadence.
	await app.nav('Today').click();
	await expect(page.getByRole('region', { name: 'Due for a touch' })).toContainText(
		`The next touch is due ${inDays(14)}.`
	);
});

test('the quick log keeps what was typed across a reload', ANY_SCREEN, async ({ page }) => {
	const app = new App(page);
	await app.startWithSample();
	await app.open('/log');
	await pickPerson(page, 'Someone else', 'Ruth Adler');
	await page.getByRole('radio', { name: 'Video call' }).check();
	await page.getByLabel(/^Note/).fill('Talked about her book on critique');
	// A mistyped year is questioned next to its field, and does not stop the save.
	const date = page.getByLabel('Date', { exact: true });
	const followUp = page.getByLabel(/^Follow up on/);
	await date.fill('1925-03-04');
	await followUp.fill('2062-03-04');
	await page.reload();
	await expect(page.getByText('Restored what you were typing.')).toBeVisible();
	await expect(page.getByLabel(/^Note/)).toHaveValue('Talked about her book on critique');
	await expect(page.getByRole('button', { name: 'Ruth Adler', pressed: true })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Video call' })).toBeChecked();
	await expect(date).toHaveAccessibleDescription(/^That is 10\d years ago\. Check the year\.$/);
	await expect(page.getByText(/^That is 10\d years ago\./)).toBeVisible();
	await expect(followUp).toHaveAccessibleDescription(
		/^That is 3\d years from now\. Check the year\.$/
	);
	await expect(date).not.toHaveAttribute('aria-invalid');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Saved: video call with Ruth Adler.').last()).toBeVisible();
	// The form starts the next entry on today, with nothing to question.
	await expect(page.getByText(/Check the year/)).toHaveCount(0);
	await page.reload();
	await expect(page.getByText('Restored what you were typing.')).toHaveCount(0);
	await expect(page.getByLabel(/^Note/)).toHaveValue('');
});

test(
	'Start over clears a restored draft, the search text and its message, and keeps the keyboard in the form',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/log');
		await pickPerson(page, 'Someone else', 'Ruth Adler');
		await page.getByLabel(/^Note/).fill('Half-written note');
		await page.reload();
		await expect(page.getByText('Restored what you were typing.')).toBeVisible();
		const box = page.getByRole('combobox', { name: 'Someone else', exact: true });
		await box.fill('Ma');
		await page.getByRole('button', { name: 'Start over' }).click();
		await expect(page.getByText('Restored what you were typing.')).toHaveCount(0);
		await expect(box).toHaveValue('');
		await expect(box).not.toHaveAttribute('aria-invalid');
		await expect(page.getByText(/No one called|matches \d+ people/)).toHaveCount(0);
		await expect(page.getByLabel(/^Note/)).toHaveValue('');
		await expect(page.getByRole('button', { name: 'Ruth Adler', pressed: true })).toHaveCount(0);
		// The keyboard is at the start of the form, not dropped to the page.
		await expect
			.poll(() =>
				page.evaluate(() => {
					const first = document
						.querySelector('main form')
						?.querySelector('input:not([disabled]), button:not([disabled]), select, textarea');
					return !!first && document.activeElement === first;
				})
			)
			.toBe(true);
	}
);

test(
	'a second Save with nothing changed is held and says what was just saved; a second press or a change logs',
	ANY_SCREEN,
	async ({ page }) => {
		const app = await logForNewPerson(page, 'Nadia Mensah');
		const save = page.getByRole('button', { name: 'Save', exact: true });
		await save.click();
		await expect(page.getByText('Saved: coffee with Nadia Mensah.').last()).toBeVisible();
		// The person stays chosen for the next entry; a tap on Save right away logs nothing.
		await expect(page.getByRole('button', { name: 'Nadia Mensah', pressed: true })).toBeVisible();
		await save.click();
		await expect(
			page.getByText(
				'Already saved: coffee with Nadia Mensah. Change something for the next entry, or press Save again to log it twice.'
			)
		).toBeVisible();
		// Something changed: saved at once.
		await page.getByRole('radio', { name: 'Call', exact: true }).check();
		await save.click();
		await expect(page.getByText('Saved: call with Nadia Mensah.').last()).toBeVisible();
		await save.click();
		await expect(
			page.getByText(
				'Already saved: call with Nadia Mensah. Change something for the next entry, or press Save again to log coffee with Nadia Mensah too.'
			)
		).toBeVisible();
		// Pressed again, on purpose: logged.
		await save.click();
		await expect(page.getByText('Saved: coffee with Nadia Mensah.').last()).toBeVisible();
		await expect(page.locator('form .saved')).toHaveText('Saved: coffee with Nadia Mensah.');

		await app.open('/people');
		await page.getByRole('link', { name: /Nadia Mensah/ }).click();
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(timeline.getByRole('link', { name: 'Call' })).toHaveCount(1);
		await expect(timeline.getByRole('link', { name: 'Coffee' })).toHaveCount(2);
	}
);

test(
	'edit an interaction from the timeline, delete it, and undo the delete',
	ANY_SCREEN,
	async ({ page }) => {
		const app = await logForNewPerson(page, 'Omar Costa');
		await page.getByRole('radio', { name: 'Call', exact: true }).check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Saved: call with Omar Costa.').last()).toBeVisible();

		await app.open('/people');
		await page.getByRole('link', { name: /Omar Costa/ }).click();
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('link', { name: 'Call' }).click();
		await expect(page.getByRole('heading', { name: 'Edit interaction' })).toBeVisible();
		await page.getByLabel('Minutes').fill('20');
		await page.getByLabel(/^Note/).fill('Rescheduled the workshop');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByRole('heading', { name: 'Omar Costa' })).toBeVisible();
		await expect(timeline.getByText('20 min')).toBeVisible();
		await expect(timeline.getByText('Rescheduled the workshop')).toBeVisible();

		await timeline.getByRole('link', { name: 'Call' }).click();
		await page.getByRole('button', { name: 'Delete' }).click();
		await expect(page.getByRole('heading', { name: 'Omar Costa' })).toBeVisible();
		await expect(page.getByText('Nothing logged with them yet.')).toBeVisible();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(timeline.getByText('Rescheduled the workshop')).toBeVisible();
	}
);

test(
	'archive hides a person from lists; delete asks, then can be undone',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/people');
		await expect(page.getByText('59 people')).toBeVisible();
		await page.getByLabel('Search').fill('jordan price');
		await page.getByRole('link', { name: /Jordan Price/ }).click();
		await page.getByRole('button', { name: 'Archive' }).click();
		await expect(page.getByText('Archived', { exact: true })).toBeVisible();
		await app.open('/people');
		await expect(page.getByText('58 people')).toBeVisible();

		await page.getByLabel('Search').fill('ruth adler');
		await page.getByRole('link', { name: /Ruth Adler/ }).click();
		await page.getByRole('button', { name: 'Delete…' }).click();
		await page.getByRole('button', { name: 'Delete Ruth Adler' }).click();
		await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
		await expect(page.getByText('57 people')).toBeVisible();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByText('58 people')).toBeVisible();
	}
);

test(
	'people filter by role, tag and organisation, and sort by next due',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/people');
		await page.getByLabel('Role').selectOption('mentor');
		await expect(page.getByText(/^\d+ of 59 people match$/)).toBeVisible();
		await expect(page.getByRole('link', { name: /Ruth Adler/ })).toBeVisible();
		await expect(page.getByRole('link', { name: /Sam Okafor/ })).toHaveCount(0);
		await page.getByLabel('Role').selectOption('');
		await page.getByLabel('Organisation').selectOption({ label: 'Quartz Analytics' });
		await expect(page.getByRole('link', { name: /Sam Okafor/ })).toBeVisible();
		await page.getByLabel('Tag').selectOption('fintech');
		await expect(page.getByRole('link', { name: /Sam Okafor/ })).toBeVisible();
		await expect(page.getByText(/^\d+ of 59 people match$/)).toBeVisible();
		await page.getByLabel('Organisation').selectOption('');
		await page.getByLabel('Tag').selectOption('');
		await page.getByLabel('Sort by').selectOption('nextDue');
		const items = page.getByRole('list').last().getByRole('listitem');
		await expect(items.first()).toContainText('next due');
		const dues = (await items.allTextContents())
			.map((t) => /next due (\w{3} \d{1,2}, \d{4})/.exec(t)?.[1])
			.filter((d): d is string => d !== undefined)
			.map((d) => Date.parse(d));
		expect(dues.length).toBeGreaterThan(10);
		expect(dues).toEqual([...dues].sort((a, b) => a - b));
	}
);

test(
	'a follow-up marked done, or a follow-up or touch put off to later, changes Today at once, and undo brings it back',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		const followUps = page.getByRole('region', { name: 'Open follow-ups' });
		await showAll(followUps);
		const first = followUps.getByRole('listitem').first();
		const who = (await first.getByRole('link').first().textContent())?.trim() ?? '';
		const before = await followUps.getByRole('listitem').count();
		await first.getByRole('button', { name: /^Done/ }).click();
		await expect(followUps.getByRole('listitem')).toHaveCount(before - 1);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(followUps.getByRole('listitem')).toHaveCount(before);
		await expect(followUps.getByRole('listitem').first()).toContainText(who);

		// Later: the soonest follow-up (overdue in the sample) is put off by a week.
		const soonest = followUps.getByRole('listitem').first();
		await expect(soonest).toContainText('Overdue since');
		const was = (await soonest.innerText()).replace(/\s+/g, ' ');
		const later = soonest.getByRole('button', { name: /^Later/ });
		await later.click();
		await expect(later).toHaveAttribute('aria-expanded', 'true');
		const panel = soonest.getByRole('group', { name: `Put off the follow-up with ${who}` });
		await expect(panel.getByRole('button', { name: /^Tomorrow/ })).toBeFocused();
		await expectAxeClean(page, "a follow-up's Later choices");
		// A day before today is refused, and nothing moves; Escape closes the choices.
		await panel.getByLabel('Another day').fill('2020-01-01');
		await panel.getByRole('button', { name: 'Move' }).click();
		await expect(panel.getByText(/^Choose today or a later day/)).toBeVisible();
		await expect(panel.getByLabel('Another day')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(later).toBeFocused();
		await expect(followUps.getByRole('listitem').first()).toContainText(was.split(' Log')[0]!);

		await later.click();
		await panel.getByRole('button', { name: /^In a week/ }).click();
		const moved = page.getByRole('status').filter({ hasText: `Follow-up with ${who} moved to` });
		await expect(moved).toBeVisible();
		const day = /moved to (.+?\d{4})\./.exec(await moved.innerText())?.[1];
		expect(day).toBeTruthy();
		await expect(
			followUps
				.getByRole('listitem')
				.filter({ hasText: who })
				.filter({ hasText: `Due ${day}` })
		).toHaveCount(1);
		await expect(followUps.getByRole('heading', { name: 'Open follow-ups' })).toBeFocused();
		await moved.getByRole('button', { name: 'Undo' }).click();
		await expect(
			followUps
				.getByRole('listitem')
				.filter({ hasText: who })
				.filter({ hasText: `Due ${day}` })
		).toHaveCount(0);
		// After Undo the keyboard is back on the section, not at the top of the page.
		await expect(followUps.getByRole('heading', { name: 'Open follow-ups' })).toBeFocused();
		await expect(followUps.getByRole('listitem').first()).toContainText(was.split(' Log')[0]!);

		// A touch is put off the same way: off Today until then, and Undo brings it back.
		const due = page.getByRole('region', { name: 'Due for a touch' });
		const touch = due.getByRole('listitem').first();
		const person = (await touch.getByRole('link').first().textContent())?.trim() ?? '';
		const rowOf = () =>
			due
				.getByRole('listitem')
				.filter({ has: page.getByRole('link', { name: person, exact: true }) });
		// One Later at a time: opening the touch's closes the follow-up's.
		await later.click();
		await expect(panel).toBeVisible();
		await touch.getByRole('button', { name: /^Later/ }).click();
		await expect(panel).toBeHidden();
		await expect(later).toHaveAttribute('aria-expanded', 'false');
		const touchPanel = due.getByRole('group', { name: `Put off the touch with ${person}` });
		await touchPanel.getByRole('button', { name: /^In 3 days/ }).click();
		const putOff = page.getByRole('status').filter({ hasText: `Touch with ${person} moved to` });
		await expect(putOff).toBeVisible();
		await expect(rowOf()).toHaveCount(0);
		await expect(due.getByRole('heading', { name: 'Due for a touch' })).toBeFocused();
		await putOff.getByRole('button', { name: 'Undo' }).click();
		await expect(rowOf()).toHaveCount(1);

		// Put off by a week, the person's page gives the new day.
		await rowOf()
			.getByRole('button', { name: /^Later/ })
			.click();
		await touchPanel.getByRole('button', { name: /^In a week/ }).click();
		await expect(rowOf()).toHaveCount(0);
		await app.open('/people');
		await page.getByLabel('Search').fill(person);
		await page.getByRole('link', { name: new RegExp(`^${person}`) }).click();
		await expect(page.getByRole('heading', { name: person })).toBeVisible();
		await expect(personFact(page, 'Next due')).toContainText(
			new RegExp(`^${inDays(7)} \\(put off from .+\\)$`)
		);
	}
);

test(
	'logging from a follow-up marks it done with the save, unless told not to',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		const followUps = page.getByRole('region', { name: 'Open follow-ups' });
		await showAll(followUps);
		const before = await followUps.getByRole('listitem').count();
		await followUps.getByRole('listitem').first().getByRole('link', { name: /^Log/ }).click();
		const close = page.getByRole('checkbox', { name: /^Mark the follow-up from the .+ done$/ });
		await expect(close).toBeChecked();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText(/^Saved: .+\. Follow-up done\.$/).last()).toBeVisible();
		// Done with the save: not offered again for the next entry.
		await expect(close).toHaveCount(0);
		await app.nav('Today').click();
		await showAll(followUps);
		await expect(followUps.getByRole('listitem')).toHaveCount(before - 1);
		// Unticked, the follow-up stays open.
		await followUps.getByRole('listitem').first().getByRole('link', { name: /^Log/ }).click();
		// The first save's toast (kept across pages for its Undo) sits just above Save, over the box.
		await dismissToasts(page);
		await close.uncheck();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText(/^Saved: [^.]+\.$/).last()).toBeVisible();
		await app.nav('Today').click();
		await showAll(followUps);
		await expect(followUps.getByRole('listitem')).toHaveCount(before - 1);
	}
);

test(
	'a leftover draft never takes over "Log with" someone else, and is not lost',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/log');
		await pickPerson(page, 'Someone else', 'Ruth Adler');
		await page.getByLabel(/^Note/).fill('Half-written note about Ruth');

		await app.open('/people');
		await page.getByLabel('Search').fill('sam okafor');
		await page.getByRole('link', { name: /Sam Okafor/ }).click();
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('link', { name: 'Log interaction' }).click();
		await expect(page.getByRole('button', { name: 'Sam Okafor', pressed: true })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Ruth Adler', pressed: true })).toHaveCount(0);
		await expect(page.getByLabel(/^Note/)).toHaveValue('');
		await expect(page.getByText(/You have an unsaved entry from before/)).toContainText(
			'Ruth Adler'
		);
		await page.getByRole('button', { name: 'Restore it' }).click();
		await expect(page.getByLabel(/^Note/)).toHaveValue('Half-written note about Ruth');
		await expect(page.getByRole('button', { name: 'Ruth Adler', pressed: true })).toBeVisible();
	}
);

test(
	'editing an interaction keeps the currency its cost was logged in',
	ANY_SCREEN,
	async ({ page }) => {
		const app = await logForNewPerson(page, 'Greta Holm');
		await page.getByLabel(/^Out-of-pocket cost/).fill('4.50');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Saved: coffee with Greta Holm.').last()).toBeVisible();

		await app.open('/settings');
		await page.getByLabel(/^Currency/).fill('GBP');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.getByText('Settings saved.')).toBeVisible();

		await app.open('/people');
		await page.getByRole('link', { name: /Greta Holm/ }).click();
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(timeline.getByText('€4.50')).toBeVisible();
		await timeline.getByRole('link', { name: /Coffee/ }).click();
		await expect(page.getByLabel(/^Out-of-pocket cost EUR/)).toHaveValue('4.50');
		await page.getByLabel(/^Note/).fill('Only the note changed');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(timeline.getByText('Only the note changed')).toBeVisible();
		await expect(timeline.getByText('€4.50')).toBeVisible();
	}
);

/** Presses a Today list's "Show N more" until every row is shown. */
async function showAll(list: Locator) {
	const more = list.getByRole('button', { name: /^Show \d+ more/ });
	while (await more.isVisible()) await more.click();
}

/** An empty Rapport with one person added, then their quick log open. */
test('toasts never cover the Save of the quick log, on a phone or a wide screen', async ({
	page
}) => {
	await logForNewPerson(page, 'Nadia Mensah');
	const save = page.getByRole('button', { name: 'Save', exact: true });
	// Every toast shown is above or below the Save button, not over it.
	const clearOfSave = () =>
		save.evaluate((button) => {
			const bar = button.getBoundingClientRect();
			return [...document.querySelectorAll('.toast')]
				.map((toast) => toast.getBoundingClientRect())
				.filter((toast) => toast.height > 0)
				.every((toast) => toast.bottom <= bar.top || toast.top >= bar.bottom);
		});
	await save.click();
	await expect(page.getByText('Saved: coffee with Nadia Mensah.').last()).toBeVisible();
	await expect.poll(clearOfSave).toBe(true);
	await page.getByRole('radio', { name: 'Call', exact: true }).check();
	await save.click();
	await expect(page.getByText('Saved: call with Nadia Mensah.').last()).toBeVisible();
	// Two toasts now: a phone shows only the newest, so they never stack over the form.
	const phone = (page.viewportSize()?.width ?? 0) < 900;
	await expect(page.getByRole('button', { name: 'Dismiss' })).toHaveCount(phone ? 1 : 2);
	for (const y of [0, 100_000]) {
		await page.evaluate((top) => scrollTo(0, top), y);
		await expect.poll(clearOfSave).toBe(true);
	}
	// The form grows (the give or receive opens): the toasts move with its Save.
	await page.getByRole('button', { name: /and I gave or received something/ }).click();
	await expect.poll(clearOfSave).toBe(true);
});

test(
	'someone new is added from the quick log by name, by tap or by Enter, and logged with',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await app.open('/log');
		// An empty Rapport: the quick log itself takes the first person.
		const box = page.getByRole('combobox', { name: 'Person' });
		await expect(box).toHaveAccessibleDescription(
			'Nobody is in Rapport yet: type their name to add them.'
		);
		await box.fill('  Zed   Newman ');
		const add = page.getByRole('option', { name: 'Add “Zed Newman” as a new person' });
		await expect(add).toBeVisible();
		await expectAxeClean(page, 'quick log offering to add someone new');
		await add.click();
		await expect(page.getByRole('button', { name: 'Zed Newman', pressed: true })).toBeVisible();
		await expect(page.getByText('Added Zed Newman to your people.').last()).toBeVisible();
		// By keyboard: a name nobody has, then Enter.
		const someoneElse = page.getByRole('combobox', { name: 'Someone else' });
		await someoneElse.fill('Ada Lovelace');
		await someoneElse.press('Enter');
		await expect(page.getByRole('button', { name: 'Ada Lovelace', pressed: true })).toBeVisible();
		// A name someone has is offered as them, not as someone new.
		await someoneElse.fill('zed newman');
		await expect(page.getByRole('option', { name: /as a new person/ })).toHaveCount(0);
		await expect(page.getByText('Zed Newman is already chosen.')).toBeVisible();
		await someoneElse.fill('');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(
			page.getByText('Saved: coffee with Zed Newman and Ada Lovelace.').last()
		).toBeVisible();

		await app.open('/people');
		await expect(page.getByText('2 people', { exact: true })).toBeVisible();
		await page.getByRole('link', { name: /Zed Newman/ }).click();
		await expect(
			page
				.getByRole('region', { name: 'Timeline' })
				.getByText(/Coffee/)
				.first()
		).toBeVisible();
	}
);

async function logForNewPerson(page: Page, name: string) {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/people/new');
	await page.getByLabel('Name').fill(name);
	await page.getByRole('button', { name: 'Add person' }).click();
	await page.getByRole('link', { name: 'Log interaction' }).click();
	return app;
}
