import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { ANY_SCREEN, App, dismissToasts, filterArea, openFilters, pickPerson } from './app';
import { saveScreenshot } from './screenshots';

async function addPerson(
	page: Page,
	app: App,
	name: string,
	introducedBy?: string,
	role = 'Connector'
) {
	await app.open('/people/new');
	await page.getByLabel('Name').fill(name);
	await page.getByRole('checkbox', { name: role }).check();
	if (introducedBy) await pickPerson(page, 'Introduced by', introducedBy);
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test(
	'a referral through a chain of connectors is won and credited to the root connector',
	ANY_SCREEN,
	async ({ page }, testInfo) => {
		// A long walk through five screens, on a busy two-core machine.
		test.setTimeout(120_000);
		const app = new App(page);
		await app.startEmpty();
		await addPerson(page, app, 'Rosa Root');
		await addPerson(page, app, 'Milo Middle', 'Rosa Root');
		await app.open('/people/new');
		await page.getByLabel('Name').fill('Kai Client');
		await page.getByRole('checkbox', { name: 'Prospect' }).check();
		await page.getByRole('button', { name: 'Add person' }).click();
		await expect(page.getByRole('heading', { name: 'Kai Client' })).toBeVisible();

		// Milo sent Kai our way.
		await app.nav('Leads').click();
		await page.getByRole('link', { name: 'Add lead' }).click();
		await expect(page.getByRole('heading', { name: 'Add a lead' })).toBeVisible();
		await page.getByRole('button', { name: 'Add lead' }).click();
		const what = page.getByLabel('What is it?');
		await expect(what).toHaveAccessibleDescription(
			'Say what it is, for example “Website rebuild”.'
		);
		await expect(what).toBeFocused();
		await what.fill('Brand refresh');
		// Once typed, the message about the empty field steps aside; emptied again, it is back.
		await expect(what).not.toHaveAttribute('aria-invalid');
		await expect(page.getByText('Say what it is')).toHaveCount(0);
		await what.fill('');
		await expect(what).toHaveAttribute('aria-invalid', 'true');
		await what.fill('Brand refresh');
		await pickPerson(page, 'Who it is for', 'Kai Client');
		await pickPerson(page, 'Referred by', 'Milo Middle');
		await expect(page.getByLabel('Channel')).toHaveValue('referral');
		await page.getByLabel('Estimated value').fill('4000');
		await expectAxeClean(page, 'lead form');
		await page.getByRole('button', { name: 'Add lead' }).click();
		await expect(page.getByRole('heading', { name: 'Brand refresh' })).toBeVisible();
		const origin = page.getByRole('region', { name: 'Where it came from' });
		await expect(origin).toContainText('Referred by Milo Middle');
		await expect(origin.getByRole('listitem')).toHaveText([
			/Milo Middle/,
			/Rosa Root.*root connector/
		]);

		// Win it: the won value starts from the estimate; a lost lead would ask why.
		await page.getByRole('link', { name: 'Edit' }).click();
		await page.getByLabel('Status').selectOption('lost');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByText('Say why it was lost')).toBeVisible();
		await page.getByLabel('Status').selectOption('won');
		await expect(page.getByLabel('Won value')).toHaveValue('4000.00');
		// Two "Currency" boxes, told apart for screen readers.
		await expect(page.locator('#lead-estimate-currency')).toHaveAccessibleName(
			'Currency of the estimate'
		);
		await expect(page.locator('#lead-won-currency')).toHaveAccessibleName(
			'Currency of the won deal'
		);
		await page.getByLabel('Won value').fill('4500');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByText('Lead saved. Kai Client is a client.').last()).toBeVisible();
		await expect(page.getByText('Won', { exact: true }).first()).toBeVisible();
		await expectAxeClean(page, 'lead page');
		await saveScreenshot(page, testInfo.outputPath('lead.png'));

		// The pipeline shows it as won, and keeps its filters in the address.
		await app.nav('Leads').click();
		const won = page.getByRole('region', { name: /^Won/ });
		await expect(won.getByRole('link', { name: 'Brand refresh' })).toBeVisible();
		await openFilters(page);
		await page.getByLabel('Referred by').selectOption({ label: 'Milo Middle (1)' });
		await expect(page).toHaveURL(/referrer=/);
		// Back from a lead: the address, the filter and the list still agree.
		await won.getByRole('link', { name: 'Brand refresh' }).click();
		await expect(page.getByRole('heading', { name: 'Brand refresh' })).toBeVisible();
		await page.goBack();
		await expect(page).toHaveURL(/referrer=/);
		await expect(page.getByLabel('Referred by').locator('option:checked')).toHaveText(
			'Milo Middle (1)'
		);
		await expect(filterArea(page).locator('summary')).toHaveText('Filters (1 on)');
		await page.getByLabel('Channel').selectOption({ label: 'Blog' });
		await expect(page.getByText('0 of 1 lead match')).toBeVisible();
		await page.reload();
		await expect(page.getByLabel('Channel')).toHaveValue('blog');
		// The filter area is as it was left (open), and says how many filters are on.
		await expect(filterArea(page)).toHaveAttribute('open', '');
		await expect(filterArea(page).locator('summary')).toHaveText('Filters (2 on)');
		await page.getByRole('link', { name: 'Clear filters' }).click();
		await expect(filterArea(page).locator('summary')).toHaveText('Filters');
		await expect(page.getByText('1 lead', { exact: true })).toBeVisible();
		await saveScreenshot(page, testInfo.outputPath('leads.png'));

		// Sources: Rosa, at the root of the chain, is credited with the won work.
		await page.getByRole('link', { name: 'Your sources' }).click();
		const roots = page.getByRole('region', { name: 'Root connectors' });
		const rosa = roots.getByRole('row', { name: /Rosa Root/ });
		await expect(rosa).toContainText('€4,500.00');
		await expect(rosa).toContainText('100%');
		await expect(rosa).toContainText('Nothing yet');
		const milo = page.getByRole('region', { name: 'Direct referrers' }).getByRole('row', {
			name: /Milo Middle/
		});
		await expect(milo).toContainText('€4,500.00');
		await page.getByLabel('First contact').selectOption({ label: 'Last 30 days' });
		await expect(page).toHaveURL(/period=30d/);
		await expect(rosa).toContainText('€4,500.00');
		await rosa.getByRole('link', { name: 'Rosa Root' }).click();
		await expect(page.getByRole('heading', { name: 'Rosa Root' })).toBeVisible();
		await page.goBack();
		await expect(page).toHaveURL(/period=30d/);
		await expect(page.getByLabel('First contact')).toHaveValue('30d');
		await page.reload();
		await expect(page.getByLabel('First contact')).toHaveValue('30d');
		await expect(rosa).toContainText('€4,500.00');
		// On a phone each row is a block of labelled numbers: none is out of sight past the
		// screen's edge, and the table's box does not scroll sideways.
		const wonValue = rosa.getByRole('cell', { name: '€4,500.00' });
		const box = (await wonValue.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
		await expect(roots.getByRole('region', { name: 'Leads by root connector' })).toHaveCount(0);
		const byValue = roots.getByRole('columnheader', { name: 'Won value' });
		await byValue.getByRole('button').click();
		await expect(byValue).toHaveAttribute('aria-sort', 'descending');
		await expectAxeClean(page, 'sources');
		await saveScreenshot(page, testInfo.outputPath('sources.png'));

		// The referral received is on Milo's ledger and timeline; Kai is now a client.
		await milo.getByRole('link', { name: 'Milo Middle' }).click();
		await expect(page.getByRole('heading', { name: 'Milo Middle', level: 1 })).toBeVisible();
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(timeline.getByRole('link', { name: /You received: referral/ })).toBeVisible();
		await expect(
			timeline.getByRole('link', { name: /Lead they referred: Brand refresh/ })
		).toBeVisible();
		await expect(
			page.getByRole('region', { name: 'Give and take' }).getByTestId('ledger-status')
		).not.toHaveText('No exchanges yet');

		// Returning the favour: I refer someone to Rosa.
		await app.open('/people');
		await page.getByRole('link', { name: /Rosa Root/ }).click();
		await page.getByRole('link', { name: 'I referred someone to them' }).click();
		await expect(page.getByLabel('Whom did you send work to?')).toHaveValue('Rosa Root');
		await page.getByLabel('Their name or company').fill('Fernhill Bakery');
		await page.getByRole('button', { name: 'Save the referral' }).click();
		await expect(page.getByRole('heading', { name: 'Rosa Root', level: 1 })).toBeVisible();
		await expect(
			page.getByRole('region', { name: 'Timeline' }).getByText('Referred Fernhill Bakery')
		).toBeVisible();
		await app.open('/sources');
		await expect(
			page.getByRole('region', { name: 'Root connectors' }).getByRole('row', { name: /Rosa Root/ })
		).toContainText(/1 · /);

		await app.open('/people');
		await page.getByRole('link', { name: /Kai Client/ }).click();
		await expect(page.locator('.chip', { hasText: 'Client' })).toBeVisible();
		await expect(page.locator('.chip', { hasText: 'Prospect' })).toHaveCount(0);

		// Milo is deleted: the lead still names him, and says the chain stops with him (not that
		// whoever introduced him is gone: Rosa is still here).
		await app.open('/people');
		await page.getByRole('link', { name: /Milo Middle/ }).click();
		await page.getByRole('button', { name: 'Delete…' }).click();
		await page.getByRole('button', { name: 'Delete Milo Middle' }).click();
		await expect(page.getByText('2 people', { exact: true })).toBeVisible();
		await app.open('/leads');
		await page.getByRole('link', { name: 'Brand refresh' }).click();
		await expect(origin).toContainText(
			'Milo Middle is no longer in Rapport, so the chain of introductions stops with them.'
		);
		await app.open('/sources');
		await expect(
			page
				.getByRole('region', { name: 'Root connectors' })
				.getByRole('row', { name: /Milo Middle/ })
		).toContainText('no longer in Rapport');
	}
);

test(
	'deleting a referred lead takes its referral with it, and undo brings both back',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await addPerson(page, app, 'Nora Sender');
		await page.getByRole('link', { name: 'Add a lead they referred' }).click();
		await expect(page.getByLabel('Referred by')).toHaveValue('Nora Sender');
		await page.getByLabel('What is it?').fill('Audit');
		await page.getByRole('button', { name: 'Add lead' }).click();
		await expect(page.getByRole('heading', { name: 'Audit' })).toBeVisible();

		await dismissToasts(page);
		await page.getByRole('button', { name: 'Delete lead…' }).click();
		await page.getByRole('button', { name: 'Delete lead', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Leads' })).toBeVisible();
		await expect(page.getByText('No leads yet.')).toBeVisible();
		await page
			.locator('.toast', { hasText: 'Lead “Audit” deleted.' })
			.getByRole('button', { name: 'Undo' })
			.click();
		await expect(page.getByRole('link', { name: 'Audit' })).toBeVisible();

		await app.open('/people');
		await page.getByRole('link', { name: /Nora Sender/ }).click();
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(timeline.getByRole('link', { name: /You received: referral/ })).toHaveCount(1);
	}
);

test(
	'channels: rename keeps history, a channel in use stays, a new one can be ordered and removed',
	ANY_SCREEN,
	async ({ page }) => {
		test.setTimeout(90_000);
		const app = new App(page);
		await app.startWithSample();
		await app.open('/settings');
		const channels = page.getByRole('region', { name: 'Channels' });
		await channels.getByRole('button', { name: 'Rename Blog' }).click();
		await channels.getByLabel('New name for Blog').fill('Newsletter');
		await channels.getByRole('button', { name: 'Save name' }).click();
		await expect(channels.getByText('Newsletter', { exact: true })).toBeVisible();
		// The keyboard stays on the channel, never dropped to the page.
		await expect(channels.getByRole('button', { name: 'Rename Newsletter' })).toBeFocused();

		await channels.getByRole('button', { name: 'Remove Newsletter' }).click();
		await expect(channels.getByRole('alert')).toContainText('“Newsletter” is still used by');
		await expect(channels.getByText('Newsletter', { exact: true })).toBeVisible();

		await channels.getByLabel('New channel').fill('Podcast');
		await channels.getByRole('button', { name: 'Add channel' }).click();
		await expect(channels.getByRole('listitem').last()).toContainText('Podcast');
		await expect(channels.getByLabel('New channel')).toBeFocused();
		await channels.getByRole('button', { name: 'Move Podcast up' }).click();
		await expect(channels.getByRole('listitem').nth(-2)).toContainText('Podcast');
		await expect(channels.getByRole('button', { name: 'Move Podcast up' })).toBeFocused();
		const last = (await channels.getByRole('listitem').last().innerText()).split('\n')[0]!.trim();
		await channels.getByRole('button', { name: 'Remove Podcast' }).click();
		await expect(channels.getByText('Podcast', { exact: true })).toHaveCount(0);
		// The channel now in its place has the keyboard.
		await expect(channels.getByRole('button', { name: `Remove ${last}` })).toBeFocused();
		// Undo puts it back where it was.
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(channels.getByRole('listitem').nth(-2)).toContainText('Podcast');
		await channels.getByRole('button', { name: 'Remove Podcast' }).click();
		await expect(channels.getByText('Podcast', { exact: true })).toHaveCount(0);

		// The sample's blog leads now show under the new name.
		await app.open('/leads?channel=blog');
		await expect(page.getByLabel('Channel')).toHaveValue('blog');
		await expect(page.getByLabel('Channel').locator('option:checked')).toHaveText('Newsletter');
		await expect(page.getByText(/Newsletter · /).first()).toBeVisible();
	}
);

test(
	'a channel still in use says so in its own row, beside the Remove just pressed',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startWithSample();
		await app.open('/settings');
		const channels = page.getByRole('region', { name: 'Channels' });
		// The first channel: the foot of the list is a screen and more below it on a phone.
		const remove = channels.getByRole('button', { name: 'Remove Referral / word of mouth' });
		await remove.click();
		const message = channels.getByRole('alert');
		await expect(message).toContainText('“Referral / word of mouth” is still used by');
		await expect(message).toBeInViewport();
		const button = (await remove.boundingBox())!;
		const said = (await message.boundingBox())!;
		expect(said.y - (button.y + button.height)).toBeLessThan(80);
		await expect(channels.getByRole('listitem').first()).toContainText('is still used by');
		// The keyboard stays on the button, which now reads out why.
		await expect(remove).toBeFocused();
		await expect(remove).toHaveAccessibleDescription(/is still used by/);
		await expectAxeClean(page, 'a refused channel removal');
		// The next action clears it.
		await channels.getByRole('button', { name: 'Rename Blog' }).click();
		await expect(message).toHaveCount(0);
	}
);

test(
	'a new lead for a client is marked repeat business, and says so beside the person',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await addPerson(page, app, 'Tom Okafor', undefined, 'Client');
		await addPerson(page, app, 'Priya Nair');

		await app.open('/leads/new');
		const repeat = page.getByRole('checkbox', { name: 'Repeat business from an existing client' });
		const who = page.getByRole('combobox', { name: 'Who it is for' });
		await pickPerson(page, 'Who it is for', 'Tom Okafor');
		await expect(repeat).toBeChecked();
		await expect(who).toHaveAccessibleDescription(
			'Tom Okafor is a client: marked as repeat business (under Value).'
		);
		// Someone else, not a client: what was ticked for Tom is unticked.
		await pickPerson(page, 'Who it is for', 'Priya Nair');
		await expect(repeat).not.toBeChecked();
		await expect(page.getByText('is a client: marked as repeat business')).toHaveCount(0);
		// Unticked by hand for a client: it stays as the user left it, without the note.
		await pickPerson(page, 'Who it is for', 'Tom Okafor');
		await repeat.uncheck();
		await expect(page.getByText('is a client: marked as repeat business')).toHaveCount(0);
		await pickPerson(page, 'Who it is for', 'Priya Nair');
		await expect(repeat).not.toBeChecked();
		await expectAxeClean(page, 'lead form for a client');
	}
);

test(
	'a lead for an organisation not in Rapport yet adds it when saved',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await app.nav('Leads').click();
		await page.getByRole('link', { name: 'Add lead' }).click();
		await page.getByLabel('What is it?').fill('Shop redesign');
		await page.getByLabel('Organisation').selectOption({ label: 'New organisation…' });
		const name = page.getByLabel("New organisation's name");
		// Nobody referred it: where it came from is the user's to say, not a guess.
		const channel = page.getByLabel('Channel');
		await expect(channel).toHaveValue('');
		await page.getByRole('button', { name: 'Add lead' }).click();
		await expect(name).toHaveAccessibleDescription(/Name is required\./);
		await expect(name).toBeFocused();
		await expect(channel).toHaveAccessibleDescription('Choose the channel it came through.');
		await name.fill('Northwind Ltd');
		await channel.selectOption({ label: 'Website' });
		await expectAxeClean(page, 'lead form with a new organisation');
		await page.getByRole('button', { name: 'Add lead' }).click();
		await expect(page.getByRole('heading', { name: 'Shop redesign' })).toBeVisible();
		await page.getByRole('link', { name: 'Northwind Ltd' }).click();
		await expect(page.getByRole('heading', { name: 'Northwind Ltd', level: 1 })).toBeVisible();

		// The next lead finds it among the organisations.
		await app.nav('Leads').click();
		await page.getByRole('link', { name: 'Add lead' }).click();
		await page.getByLabel('Organisation').selectOption({ label: 'Northwind Ltd' });
		await expect(page.getByLabel("New organisation's name")).toHaveCount(0);

		// Nobody referred a lead yet: Sources says so instead of people tables of "Not referred".
		await app.open('/sources');
		await expect(page.getByRole('region', { name: 'Channels' })).toContainText('Website');
		await expect(page.getByRole('region', { name: 'Root connectors' })).toContainText(
			'No lead has a referrer yet.'
		);
		await expect(page.getByText('Not referred')).toHaveCount(0);
	}
);

test(
	'a lead referred by someone not in Rapport yet: add them from the form',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await addPerson(page, app, 'Olga Archived');
		await page.getByRole('button', { name: 'Archive' }).click();
		await expect(page.getByText('Archived', { exact: true })).toBeVisible();

		await app.open('/leads/new');
		await page.getByLabel('What is it?').fill('Bakery website');
		const referrer = page.getByRole('combobox', { name: 'Referred by' });
		await referrer.fill('Maria Lopez');
		await page.getByRole('option', { name: 'Add “Maria Lopez” as a new person' }).click();
		await expect(page.getByText('Added Maria Lopez to your people.').last()).toBeVisible();
		await expect(referrer).toHaveValue('Maria Lopez');
		const channel = page.getByLabel('Channel');
		await expect(channel).toHaveValue('referral');
		// The guess goes with its reason, and comes back with it.
		await page.getByRole('button', { name: 'Clear the referrer' }).click();
		await expect(channel).toHaveValue('');
		await pickPerson(page, 'Referred by', 'Maria Lopez');
		await expect(channel).toHaveValue('referral');
		// An archived person's name is theirs: restore them rather than add them again.
		const contact = page.getByRole('combobox', { name: 'Who it is for' });
		await contact.fill('Olga Archived');
		await contact.press('Enter');
		await expect(contact).toHaveAccessibleDescription(
			'Olga Archived is archived: restore them from their page to choose them.'
		);
		await contact.fill('');
		await page.getByRole('button', { name: 'Add lead' }).click();
		await expect(page.getByRole('heading', { name: 'Bakery website' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Where it came from' })).toContainText(
			'Referred by Maria Lopez'
		);
	}
);

test('move a lead along the pipeline from its page, and win it', ANY_SCREEN, async ({ page }) => {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/leads/new');
	await page.getByLabel('What is it?').fill('Menu design');
	await page.getByLabel('Channel').selectOption({ label: 'Website' });
	await page.getByLabel('Estimated value').fill('1200');
	await page.getByRole('button', { name: 'Add lead' }).click();
	await expect(page.getByRole('heading', { name: 'Menu design' })).toBeVisible();
	const chip = page.locator('.chips .chip').first();
	await expect(chip).toHaveText('New');
	const moves = page.getByRole('group', { name: 'Move this lead' });
	await expectAxeClean(page, 'lead page with its moves');
	await moves.getByRole('button', { name: 'Move to Talking' }).click();
	await expect(chip).toHaveText('Talking');
	await expect(page.getByText('Moved to Talking.').first()).toBeVisible();
	// By keyboard: Proposal has no next step, so the keyboard goes on to Mark as won….
	await moves.getByRole('button', { name: 'Move to Proposal' }).press('Enter');
	await expect(chip).toHaveText('Proposal');
	await expect(moves.getByRole('link', { name: 'Mark as won…' })).toBeFocused();
	// Undo puts it back a step.
	await page
		.getByRole('status')
		.filter({ hasText: 'Moved to Proposal.' })
		.getByRole('button', { name: 'Undo' })
		.click();
	await expect(chip).toHaveText('Talking');
	await dismissToasts(page);

	// Winning asks for the value: the form opens with Won chosen and the keyboard there.
	await moves.getByRole('link', { name: 'Mark as won…' }).click();
	await expect(page.getByLabel('Status')).toHaveValue('won');
	const won = page.getByLabel('Won value');
	await expect(won).toBeFocused();
	await expect(won).toHaveValue('1200.00');
	await won.fill('1350');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(chip).toHaveText('Won');
	await expect(page.getByText('€1,350.00')).toBeVisible();
	await expect(page.getByRole('group', { name: 'Move this lead' })).toHaveCount(0);
});

test(
	'I referred someone: the person I sent work to can be added from the form',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await app.open('/leads/refer');
		const to = page.getByRole('combobox', { name: 'Whom did you send work to?' });
		await to.fill('Priya Raman');
		await page.getByRole('option', { name: 'Add “Priya Raman” as a new person' }).click();
		await expect(to).toHaveValue('Priya Raman');
		await page.getByLabel('Their name or company').fill('Fernhill Bakery');
		await page.getByRole('button', { name: 'Save the referral' }).click();
		await expect(page.getByText('Saved: you gave Priya Raman a referral.').last()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Priya Raman', level: 1 })).toBeVisible();
	}
);
