import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe';
import { ANY_SCREEN, App, pickPerson } from './app';

test('create a person through the UI, then log a coffee with them', async ({ page }) => {
	const app = new App(page);
	await app.startEmpty();
	await app.nav('People').click();
	await page.getByRole('link', { name: 'Add person' }).click();

	await page.getByLabel('Name').fill('Sam Okafor');
	await page.getByLabel(/^Emails/).fill('sam@example, also-bad');
	const metOn = page.getByRole('group', { name: 'How we met' }).getByLabel('Date');
	await metOn.fill('2999-01-01');
	await page.getByRole('button', { name: 'Add person' }).click();
	// The summary says what the fields say, once each.
	await expect(metOn).toHaveAccessibleDescription(/^That date is in the future\./);
	await expect(page.getByRole('alert')).toContainText('Met on: That date is in the future.');
	await expect(page.getByRole('alert')).not.toContainText('Pick a date between');
	await metOn.fill('');
	await expect(page.getByLabel(/^Emails/)).toHaveAccessibleDescription(
		/does not look like an email/
	);
	await expect(page.getByRole('alert')).toContainText('Not saved yet.');
	await expect(page.getByLabel(/^Emails/)).toHaveAttribute('aria-invalid', 'true');

	await page.getByLabel(/^Emails/).fill('sam@example.com');
	await page.getByLabel(/^Organisations/).fill('Quartz Analytics');
	await page.getByLabel(/^Tags/).fill('saas, local');
	await page.getByRole('checkbox', { name: 'Client' }).check();
	await page.getByLabel(/^Keep in touch every/).fill('30');
	await page
		.getByLabel('What success means to them, their goals')
		.fill('Ship the self-serve plan <script>alert(1)</script>');
	await page.getByRole('button', { name: 'Add person' }).click();

	await expect(page.getByRole('heading', { name: 'Sam Okafor' })).toBeVisible();
	await expect(page.getByText('Quartz Analytics')).toBeVisible();
	await expect(page.getByRole('link', { name: 'sam@example.com' })).toHaveAttribute(
		'href',
		'mailto:sam@example.com'
	);
	// User text is shown as text, never run as HTML.
	await expect(page.getByText('Ship the self-serve plan <script>alert(1)</script>')).toBeVisible();
	await expect(page.getByText('Nothing logged with them yet.')).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Sam Okafor' })).toBeVisible();

	await page.getByRole('link', { name: 'Edit', exact: true }).click();
	await expect(page.getByLabel('Name')).toHaveValue('Sam Okafor');
	await expect(page.getByLabel(/^Tags/)).toHaveValue('saas, local');
	await page.getByLabel('Title').fill('CTO');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByText('CTO · Quartz Analytics')).toBeVisible();

	await page.getByRole('link', { name: 'Log interaction' }).click();
	await expect(page.getByRole('button', { name: 'Sam Okafor', pressed: true })).toBeVisible();
	await page.getByRole('radio', { name: 'Call', exact: true }).check();
	await page.getByRole('radio', { name: 'Coffee', exact: true }).check();
	await page.getByRole('radio', { name: '45 min' }).check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved: coffee with Sam Okafor' })
	).toBeVisible();

	await app.open('/people');
	await page.getByRole('link', { name: /Sam Okafor/ }).click();
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.getByText('Coffee')).toBeVisible();
	await expect(timeline.getByText('45 min')).toBeVisible();

	await app.nav('People').click();
	await page.getByLabel('Search').fill('local');
	await expect(page.getByRole('link', { name: /Sam Okafor/ })).toBeVisible();
});

test('the quick log refuses bad input with clear messages and saves nothing', async ({ page }) => {
	const app = new App(page);
	await app.startWithSample();
	await app.nav('Log').click();
	await page.getByRole('button', { name: 'Save' }).click();
	const nobody = page.getByText('Choose at least one person.');
	await expect(nobody).toBeVisible();
	await expect(page.getByLabel('Someone else')).toHaveAccessibleDescription(
		'Choose at least one person.'
	);
	await expect(page.getByLabel('Someone else')).toHaveAttribute('aria-invalid', 'true');
	// Shown like every other field's message (in the danger colour, not as body text).
	const colour = (element: Element) => getComputedStyle(element).color;
	await page.getByLabel('Minutes').fill('-5');
	await page.getByRole('button', { name: 'Save' }).click();
	const negative = page.getByText('Duration cannot be negative.');
	expect(await nobody.evaluate(colour)).toBe(await negative.evaluate(colour));
	expect(await nobody.evaluate(colour)).not.toBe(await page.locator('body').evaluate(colour));
	await pickPerson(page, 'Someone else', 'Ruth Adler');
	await expect(page.getByRole('button', { name: 'Ruth Adler', pressed: true })).toBeVisible();
	await page.getByLabel(/^Out-of-pocket cost/).fill('six euros');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(negative).toBeVisible();
	await expect(page.getByText('Enter an amount like 4.50.')).toBeVisible();
	await page.getByLabel('Minutes').fill('30');
	await page.getByLabel('Date').fill('2099-01-01');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText(/That date is in the future/)).toBeVisible();
	await page.getByLabel('Date').fill('2026-01-02');
	await page.getByLabel(/^Out-of-pocket cost/).fill('4.50');
	await page.getByLabel(/^Note/).fill('x'.repeat(100_000));
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByLabel(/^Note/)).toHaveAccessibleDescription(/Note is too long/);
	await expect(page.getByText(/^Saved:/)).toHaveCount(0);
});

test('leaving a form with unsaved input asks first', async ({ page }) => {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/people/new');
	await page.getByLabel('Name').fill('Half typed');
	// confirm() blocks the click until answered: answer from one handler, in order.
	const answers = ['dismiss', 'accept'];
	const questions: string[] = [];
	page.on('dialog', async (dialog) => {
		questions.push(dialog.message());
		if (answers.shift() === 'accept') await dialog.accept();
		else await dialog.dismiss();
	});
	await app.nav('Leads').click();
	await expect.poll(() => questions.length).toBe(1);
	expect(questions[0]).toContain('unsaved changes');
	await expect(page.getByRole('heading', { name: 'Add a person' })).toBeVisible();
	await expect(page.getByLabel('Name')).toHaveValue('Half typed');

	await app.nav('Leads').click();
	await expect(page.getByRole('heading', { name: 'Leads' })).toBeVisible();
});

test('back from a person finds People as it was left: the search and the filters', async ({
	page
}) => {
	const app = new App(page);
	await app.startWithSample();
	await app.open('/people');
	// "Show more" hands the keyboard to the first person it adds.
	const list = page
		.getByRole('list')
		.filter({ has: page.getByRole('link', { name: /Ruth Adler/ }) });
	await expect(list.getByRole('listitem')).toHaveCount(50);
	await page.getByRole('button', { name: /^Show \d+ more/ }).click();
	await expect(list.getByRole('listitem').nth(50).getByRole('link')).toBeFocused();
	await page.getByLabel('Search').fill('ruth');
	await page.getByLabel('Sort by').selectOption('lastContact');
	const count = page.getByText(/^\d+ of \d+ people match$/);
	await expect(count).toBeVisible();
	const before = await count.innerText();
	await page.getByRole('link', { name: /Ruth Adler/ }).click();
	await expect(page.getByRole('heading', { name: 'Ruth Adler', level: 1 })).toBeVisible();
	await page.goBack();
	await expect(page.getByLabel('Search')).toHaveValue('ruth');
	await expect(page.getByLabel('Sort by')).toHaveValue('lastContact');
	await expect(count).toHaveText(before);
	// Coming to People anew (not back) starts empty.
	await app.nav('Today').click();
	await app.nav('People').click();
	await expect(page.getByLabel('Search')).toHaveValue('');
});

test(
	'a tag kept from before that no one has any more is named, not a blank filter',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await app.open('/people/new');
		await page.getByLabel('Name').fill('Ann Podcaster');
		await page.getByLabel('Tags').fill('podcast');
		await page.getByRole('button', { name: 'Add person' }).click();
		await expect(page.getByRole('heading', { name: 'Ann Podcaster', level: 1 })).toBeVisible();
		await app.nav('People').click();
		await page.getByLabel('Tag', { exact: true }).selectOption('podcast');
		await page.getByRole('link', { name: /Ann Podcaster/ }).click();
		await page.getByRole('link', { name: 'Edit' }).click();
		await expect(page).toHaveURL(/\/people\/[^/]+\/edit$/);
		await page.getByLabel('Tags').fill('');
		await page.getByRole('button', { name: 'Save' }).click();
		// The save has landed on the person's page (the edit page's heading names them too).
		await expect(page).toHaveURL(/\/people\/[^/]+$/);
		await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
		// Back through the edit and the person to People, whose filter is kept.
		await page.goBack();
		await expect(page).toHaveURL(/\/edit$/);
		await page.goBack();
		await expect(page).toHaveURL(/\/people\/[^/]+$/);
		await page.goBack();
		await expect(page).toHaveURL(/\/people$/);
		const tag = page.getByLabel('Tag', { exact: true });
		await expect(tag).toHaveValue('podcast');
		await expect(tag.locator('option:checked')).toHaveText('podcast (no one has it now)');
		await expect(page.getByText('0 of 1 person match')).toBeVisible();
	}
);

test(
	'adding someone already in Rapport asks first: open them, or save a separate person; two records of one person merge, with undo',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		const add = async (name: string, email: string) => {
			await app.open('/people/new');
			await page.getByLabel('Name').fill(name);
			await page.getByLabel(/^Emails/).fill(email);
			await page.getByRole('button', { name: 'Add person' }).click();
		};
		await add('Margaret Okafor', 'margaret@okafor.studio');
		await expect(page.getByRole('heading', { name: 'Margaret Okafor', level: 1 })).toBeVisible();

		await add('margaret okafor', 'Margaret@okafor.studio');
		const ask = page.getByRole('group', { name: /Margaret Okafor \(margaret@okafor\.studio\)/ });
		await expect(ask).toContainText('is already in Rapport. Is this the same person?');
		await expect(page).toHaveURL(/\/people\/new$/);
		// Open the one already here: nothing is added.
		await expect(ask.getByRole('link', { name: 'Open Margaret Okafor' })).toBeFocused();
		// Or keep both, on purpose.
		await ask.getByRole('button', { name: 'Save as a separate person' }).click();
		await expect(page.getByRole('heading', { name: 'margaret okafor', level: 1 })).toBeVisible();
		await app.open('/people');
		await expect(page.getByText(/^2 people$/)).toBeVisible();

		// A coffee logged with the second record, then the two are merged into the first.
		await page.getByRole('link', { name: /^margaret okafor/ }).click();
		await page.getByRole('link', { name: 'Log interaction' }).click();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible();
		await app.open('/people');
		await page.getByRole('link', { name: /^Margaret Okafor/ }).click();
		await expect(page.getByRole('heading', { name: 'Margaret Okafor', level: 1 })).toBeVisible();
		await expect(page.getByText('Nothing logged with them yet.')).toBeVisible();
		await page.getByRole('button', { name: 'Merge a duplicate…' }).click();
		const merge = page.getByRole('group', { name: 'Merge a duplicate into Margaret Okafor' });
		const other = merge.getByRole('combobox', { name: 'The other record' });
		await expect(other).toBeFocused();
		// The likely duplicate is offered first.
		await other.click();
		await expect(merge.getByRole('option').first()).toHaveText(/^margaret okafor/);
		await pickPerson(page, 'The other record', 'margaret okafor');
		// Two records of one name: the other one is told apart by its email.
		await expect(merge).toContainText(
			/Merge margaret okafor \(margaret@okafor\.studio\) into Margaret Okafor\?/i
		);
		await expect(merge).toContainText('1 interaction moves to Margaret Okafor.');
		await expectAxeClean(page, 'merging a duplicate');
		await merge.getByRole('button', { name: 'Merge into Margaret Okafor' }).click();
		const merged = page
			.getByRole('status')
			.filter({ hasText: /margaret okafor \(.+\) merged into Margaret Okafor\./ });
		await expect(merged).toBeVisible();
		await expect(page.getByRole('button', { name: 'Merge a duplicate…' })).toBeFocused();
		await expect(
			page.getByRole('region', { name: 'Timeline' }).getByRole('link', { name: 'Coffee' })
		).toBeVisible();
		await merged.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByText('Nothing logged with them yet.')).toBeVisible();
		// The keyboard is back where it was, not at the top of the page.
		await expect(page.getByRole('button', { name: 'Merge a duplicate…' })).toBeFocused();
		// Escape closes the panel, once the picker has nothing left to close.
		await page.getByRole('button', { name: 'Merge a duplicate…' }).click();
		await expect(other).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(merge).toBeHidden();
		await expect(page.getByRole('button', { name: 'Merge a duplicate…' })).toBeFocused();
		await app.open('/people');
		await expect(page.getByText(/^2 people$/)).toBeVisible();

		// Someone archived may be picked, and is marked so; a name with nothing in common with
		// Margaret's asks for a second look before the merge.
		await add('Ravi Patel', 'ravi@patel.example');
		await page.getByRole('button', { name: 'Archive' }).click();
		await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible();
		await app.open('/people');
		await page.getByRole('link', { name: /^Margaret Okafor/ }).click();
		await page.getByRole('button', { name: 'Merge a duplicate…' }).click();
		await other.fill('Ravi');
		const ravi = merge.getByRole('option', { name: /^Ravi Patel/ });
		await expect(ravi).toContainText('Archived');
		await ravi.click();
		await expect(merge).toContainText(
			'Their names have no word in common and they share no email address or phone number: check that this is the same person.'
		);

		// The merge code could not be loaded (offline after an update, say): it says so and
		// offers a way back.
		await page.reload();
		await expect(page.getByRole('button', { name: 'Merge a duplicate…' })).toBeVisible();
		await page.route('**/_app/immutable/**', (route) => route.abort());
		await page.getByRole('button', { name: 'Merge a duplicate…' }).click();
		await expect(page.getByRole('alert')).toHaveText(/^Merging could not be opened/);
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('button', { name: 'Merge a duplicate…' })).toBeFocused();
		await page.unroute('**/_app/immutable/**');
	}
);

test(
	'how we met with only an introducer reads "Introduced by …", without a dash in front',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await app.open('/people/new');
		await page.getByLabel('Name').fill('Maria Chen');
		await page.getByRole('button', { name: 'Add person' }).click();
		await expect(page.getByRole('heading', { name: 'Maria Chen', level: 1 })).toBeVisible();

		await app.open('/people/new');
		await page.getByLabel('Name').fill('Tom Okafor');
		await pickPerson(page, 'Introduced by', 'Maria Chen');
		await page.getByRole('button', { name: 'Add person' }).click();
		await expect(page.getByRole('heading', { name: 'Tom Okafor', level: 1 })).toBeVisible();
		const howWeMet = page.locator('.facts > div').filter({ hasText: 'How we met' }).locator('dd');
		await expect(howWeMet).toHaveText('Introduced by Maria Chen');
		await expect(howWeMet.getByRole('link', { name: 'Maria Chen' })).toBeVisible();

		// With the event known too, the introducer follows it after a dash.
		await page.getByRole('link', { name: 'Edit', exact: true }).click();
		await page.getByLabel('Event').fill('Web Summit');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(howWeMet).toHaveText('Web Summit — introduced by Maria Chen');
	}
);

test(
	'the quick log asks for the date, a follow-up on or after it, and a give of more than 0',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.nav('Log').click();
		await pickPerson(page, 'Someone else', 'Ruth Adler');
		await page.getByLabel('Date').fill('');
		await page.getByLabel(/^Follow up on/).fill('2026-01-10');
		await page.getByRole('button', { name: '…and I gave or received something' }).click();
		await page.getByRole('radio', { name: 'Money' }).check();
		await page.getByLabel('Amount').fill('0');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByLabel('Date')).toHaveAccessibleDescription('Enter the date.');
		await expect(page.getByLabel('Amount')).toHaveAccessibleDescription(
			'Enter an amount more than 0.'
		);

		await page.getByLabel('Date').fill('2026-01-20');
		await page.getByLabel('Amount').fill('12');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByLabel(/^Follow up on/)).toHaveAccessibleDescription(
			'Follow up on or after the day of the interaction.'
		);
		await expect(page.getByLabel(/^Follow up on/)).toBeFocused();
		await expect(page.getByText(/^Saved:/)).toHaveCount(0);

		await page.getByLabel(/^Follow up on/).fill('2026-01-20');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Saved: coffee with Ruth Adler' })
		).toBeVisible();
	}
);
