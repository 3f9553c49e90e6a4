import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { ANY_SCREEN, App, pickPerson } from './app';
import { saveScreenshot } from './screenshots';

async function openTemplates(app: App) {
	await app.nav('Settings').click();
	await app.page.getByRole('link', { name: 'Templates', exact: true }).click();
	await expect(app.heading()).toHaveText('Templates');
}

async function addPerson(page: Page, name: string) {
	await page.goto('/people/new');
	await page.getByLabel('Name').fill(name);
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name })).toBeVisible();
}

test(
	'create a person template in Settings, then a person from it',
	ANY_SCREEN,
	async ({ page }, testInfo) => {
		const app = new App(page);
		await app.startEmpty();
		await openTemplates(app);
		await page.getByRole('button', { name: 'New template for people' }).click();
		await expect(page.getByRole('heading', { name: 'New person template' })).toBeFocused();
		await page.getByRole('button', { name: 'Save template' }).click();
		await expect(page.getByRole('alert')).toContainText('A template needs a name.');
		// A name past the limit is refused with the reason, never cut short while typing.
		const long = 'Met at the chamber breakfast, then again at the harbour festival';
		await page.getByLabel('Template name').fill(long);
		await expect(page.getByLabel('Template name')).toHaveValue(long);
		await page.getByRole('button', { name: 'Save template' }).click();
		await expect(page.getByLabel('Template name')).toHaveAccessibleDescription(
			/Template names are at most 60 characters/
		);
		await page.getByLabel('Template name').fill('Met at the chamber breakfast');
		await page.getByRole('button', { name: 'Save template' }).click();
		await expect(page.getByRole('alert')).toContainText('Fill in at least one field');
		await page.getByLabel(/^Organisations and communities/).fill('Chamber of Commerce');
		await page.getByLabel(/^Tags/).fill('local');
		await page.getByLabel(/^Keep in touch every/).fill('60');
		await page.getByLabel('Channel').selectOption({ label: 'Event / meetup' });
		await page.getByLabel('Event').fill('Chamber breakfast');
		await saveScreenshot(page, testInfo.outputPath('template-editor.png'));
		await expectAxeClean(page, 'template editor');
		await page.getByRole('button', { name: 'Save template' }).click();
		const people = page.getByRole('region', { name: 'People' });
		await expect(people.getByText('Met at the chamber breakfast').first()).toBeVisible();
		await expect(people.getByText(/Channel: Event \/ meetup/)).toBeVisible();
		await expect(people.getByText(/Keep in touch every 60 days/)).toBeVisible();
		await saveScreenshot(page, testInfo.outputPath('templates.png'));

		// Edit it: the editor shows what was saved.
		await page.getByRole('button', { name: 'Edit Met at the chamber breakfast' }).click();
		await expect(page.getByLabel(/^Tags/)).toHaveValue('local');
		await page.getByLabel(/^Tags/).fill('local, breakfast');
		await page.getByRole('button', { name: 'Save template' }).click();
		await expect(people.getByText(/Tags: local, breakfast/)).toBeVisible();

		await app.nav('People').click();
		await page.getByRole('link', { name: 'Add person' }).first().click();
		await page.getByLabel('Name').fill('Dana Whitfield');
		await page.getByRole('button', { name: 'Met at the chamber breakfast' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Applied' })).toContainText(
			'Applied “Met at the chamber breakfast”.'
		);
		await expect(page.getByLabel('Name')).toHaveValue('Dana Whitfield');
		await expect(page.getByLabel(/^Organisations and communities/)).toHaveValue(
			'Chamber of Commerce'
		);
		await expect(page.getByLabel(/^Tags/)).toHaveValue('local, breakfast');
		await expect(page.getByLabel(/^Keep in touch every/)).toHaveValue('60');
		await expect(page.getByLabel('Channel')).toHaveValue('event');
		await page.getByRole('button', { name: 'Add person' }).click();

		await expect(page.getByRole('heading', { name: 'Dana Whitfield' })).toBeVisible();
		await expect(page.getByText('Chamber of Commerce')).toBeVisible();
		await page.getByRole('link', { name: 'Edit', exact: true }).click();
		await expect(page.getByLabel(/^Keep in touch every/)).toHaveValue('60');
		await expect(page.getByLabel(/^Tags/)).toHaveValue('local, breakfast');
		// Templates start new records only.
		await expect(page.getByRole('button', { name: 'Met at the chamber breakfast' })).toHaveCount(0);

		// Delete the template, with undo.
		await openTemplates(app);
		await page.getByRole('button', { name: 'Delete Met at the chamber breakfast' }).click();
		await expect(people.getByText('None yet.')).toBeVisible();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(people.getByText('Met at the chamber breakfast').first()).toBeVisible();
	}
);

test(
	'the quick log offers interaction templates first; typed values are kept unless the user agrees',
	ANY_SCREEN,
	async ({ page }, testInfo) => {
		const app = new App(page);
		await app.startEmpty();
		await addPerson(page, 'Sam Okafor');
		await openTemplates(app);
		await page.getByRole('button', { name: 'Add the two examples' }).click();
		await expect(page.getByText('Coffee, my treat').first()).toBeVisible();
		await expect(page.getByText(/Cost €6\.00/)).toBeVisible();

		await app.nav('Log').click();
		const templates = page.getByRole('group', { name: 'Your templates' });
		const chip = templates.getByRole('button', { name: 'Coffee, my treat' });
		await expect(chip).toBeVisible();
		// Offered before the people and the kinds.
		const chipBox = (await chip.boundingBox())!;
		const kindBox = (await page.getByRole('radio', { name: 'Call', exact: true }).boundingBox())!;
		expect(chipBox.y).toBeLessThan(kindBox.y);

		await page.getByRole('radio', { name: 'Call', exact: true }).check();
		await page.getByLabel('Minutes').fill('20');
		await page.getByLabel('Note').fill('Pricing questions');
		await chip.click();
		const ask = page.getByRole('alertdialog');
		await expect(ask).toContainText(
			'“Coffee, my treat” would replace what you entered in What and Minutes.'
		);
		await saveScreenshot(page, testInfo.outputPath('log-ask.png'));
		await expectAxeClean(page, 'quick log asking before a template overwrites');
		await ask.getByRole('button', { name: 'Keep mine, fill the rest' }).click();
		await expect(page.getByLabel('Minutes')).toHaveValue('20');
		await expect(page.getByRole('radio', { name: 'Call', exact: true })).toBeChecked();
		await expect(page.getByLabel(/^Out-of-pocket cost/)).toHaveValue('6.00');
		await expect(page.getByLabel('Note')).toHaveValue('Pricing questions');

		await chip.click();
		await expect(ask).toContainText('What and Minutes');
		await ask.getByRole('button', { name: 'Replace' }).click();
		await expect(page.getByLabel('Minutes')).toHaveValue('45');
		await expect(page.getByRole('radio', { name: 'Coffee', exact: true })).toBeChecked();
		await expect(page.getByLabel('Note')).toHaveValue('Pricing questions');

		const applied = templates.getByRole('status');
		await expect(applied).toHaveText('Applied “Coffee, my treat”.');

		await pickPerson(page, /^(Person|Someone else)$/, 'Sam Okafor');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Saved: coffee with Sam Okafor' })
		).toBeVisible();
		// The form starts over for the next entry, and no longer says a template was applied.
		await expect(page.getByLabel('Note')).toHaveValue('');
		await expect(applied).toHaveText('');
		await app.open('/people');
		await page.getByRole('link', { name: /Sam Okafor/ }).click();
		await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('€6.00');
	}
);

test(
	'a person template asks before replacing typed text; Cancel changes nothing',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await openTemplates(app);
		await page.getByRole('button', { name: 'Add the two examples' }).click();
		// Saved (the intro above names the examples before they exist): only then leave the page.
		await expect(page.getByText('Added 2 example templates.')).toBeVisible();
		await page.goto('/people/new');
		await page.getByLabel(/^Tags/).fill('vip');
		await page.getByRole('button', { name: 'Met at the chamber breakfast' }).click();
		const ask = page.getByRole('alertdialog');
		await expect(ask).toContainText('would replace what you entered in Tags.');
		await expect(ask.getByRole('button', { name: 'Keep mine, fill the rest' })).toBeFocused();
		await ask.getByRole('button', { name: 'Cancel' }).click();
		await expect(ask).toHaveCount(0);
		await expect(page.getByLabel(/^Tags/)).toHaveValue('vip');
		await expect(page.getByLabel(/^Organisations and communities/)).toHaveValue('');
	}
);

test("What's new: Settings can hide the marker; shown, it stays until the page is visited", async ({
	page
}, testInfo) => {
	const app = new App(page);
	const phone = testInfo.project.name === 'phone';
	// On phones the marker sits on Settings; on wide screens on the What's new link.
	const marked = () =>
		phone ? app.nav('Settings') : page.getByRole('link', { name: "What's new", exact: true });
	await app.startEmpty();
	await expect(marked()).toHaveAccessibleDescription("New entries in What's new");
	await expect(marked()).toHaveAttribute('aria-describedby', 'nav-news');

	// Settings turns the marker off, and on again.
	await app.nav('Settings').click();
	await expect(page.getByText('New entries', { exact: true })).toBeVisible();
	const option = page.getByRole('checkbox', { name: 'Mark new entries in the navigation' });
	await option.uncheck();
	await expect(marked()).not.toHaveAttribute('aria-describedby');
	await page.reload();
	await expect(option).not.toBeChecked();
	await expect(marked()).not.toHaveAttribute('aria-describedby');
	await option.check();
	await expect(marked()).toHaveAttribute('aria-describedby', 'nav-news');

	// Visiting the page clears it.
	if (phone) await page.getByRole('link', { name: "See what's new in Rapport" }).click();
	else await marked().click();
	await expect(app.heading()).toHaveText("What's new");
	const newest = page.getByRole('article', { name: 'Record templates, and this page' });
	await expect(newest).toContainText('New');
	await expect(newest.getByRole('listitem').first()).toBeVisible();
	await saveScreenshot(page, testInfo.outputPath('whats-new.png'));
	await expect(marked()).not.toHaveAttribute('aria-describedby');
	await page.reload();
	await expect(app.heading()).toHaveText("What's new");
	// Seen now: no marker, and no "New" label on the next visit.
	await expect(newest).toBeVisible();
	await expect(newest.getByText('New', { exact: true })).toHaveCount(0);
	await expect(marked()).not.toHaveAttribute('aria-describedby');
});

test(
	'give-or-receive and lead templates: made in Settings, a give recorded from one',
	ANY_SCREEN,
	async ({ page }, testInfo) => {
		const app = new App(page);
		await app.startEmpty();
		await addPerson(page, 'Priya Raman');
		await openTemplates(app);

		await page.getByRole('button', { name: 'New template for leads' }).click();
		await page.getByLabel('Template name').fill('Referral, website work');
		await page.getByLabel('Channel').selectOption({ label: 'Referral / word of mouth' });
		await pickPerson(page, 'Referred by', 'Priya Raman');
		await page.getByLabel(/^Estimated value/).fill('1,500');
		await page.getByRole('button', { name: 'Save template' }).click();
		const leads = page.getByRole('region', { name: 'Leads' });
		await expect(leads).toContainText('Referred by: Priya Raman');
		await expect(leads).toContainText('Estimated €1,500.00');

		await page.getByRole('button', { name: 'New template for gives and receives' }).click();
		await page.getByLabel('Template name').fill('Sent an article');
		await page.getByLabel('Gave or received').selectOption({ label: 'I gave' });
		await page.getByLabel('What was exchanged').selectOption({ label: 'Insight or resource' });
		await page.getByLabel('What it was worth').selectOption({ label: 'Time spent' });
		await page.getByLabel('Minutes').fill('15');
		await page.getByRole('button', { name: 'Save template' }).click();
		const gives = page.getByRole('region', { name: 'Gives and receives' });
		await expect(gives).toContainText('I gave · Insight or resource · 15 min');

		await app.nav('People').click();
		await page.getByRole('link', { name: /Priya Raman/ }).click();
		await page.getByRole('link', { name: 'Record what you received' }).click();
		await page.getByRole('button', { name: 'Sent an article' }).click();
		// The direction chosen by the link was not typed by the user: the template sets it.
		await expect(page.getByRole('radio', { name: 'I gave' })).toBeChecked();
		await expect(page.getByRole('radio', { name: 'Insight or resource' })).toBeChecked();
		await expect(page.getByRole('radio', { name: 'Time spent' })).toBeChecked();
		await expect(page.getByLabel('Minutes')).toHaveValue('15');
		await saveScreenshot(page, testInfo.outputPath('exchange-from-template.png'));
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Saved: you gave insight or resource.')).toBeVisible();

		// The quick log's "…and I gave or received" part offers them too.
		await app.nav('Log').click();
		await page.getByRole('button', { name: /and I gave or received something/ }).click();
		const give = page.locator('#log-give');
		await expect(give.getByRole('radio', { name: 'I received' })).toBeChecked();
		await give
			.getByRole('group', { name: 'Give-or-receive templates' })
			.getByRole('button', { name: 'Sent an article' })
			.click();
		await expect(give.getByRole('radio', { name: 'I gave' })).toBeChecked();
		await expect(give.getByRole('radio', { name: 'Insight or resource' })).toBeChecked();
		await expect(give.getByLabel('Minutes')).toHaveValue('15');

		// A new lead starts from the lead template in one tap.
		await page.goto('/leads/new');
		await page.getByLabel('What is it?').fill('Shop redesign');
		await page.getByRole('button', { name: 'Referral, website work' }).click();
		// What was typed stays; the template fills the rest.
		await expect(page.getByLabel('What is it?')).toHaveValue('Shop redesign');
		await expect(page.getByLabel('Referred by')).toHaveValue('Priya Raman');
		await expect(page.getByLabel('Estimated value')).toHaveValue(/^1,?500(\.00)?$/);
		await page.getByRole('button', { name: 'Add lead' }).click();
		await expect(page.getByRole('heading', { name: 'Shop redesign' })).toBeVisible();
		await expect(page.getByText(/Referred by/).first()).toContainText('Priya Raman');
	}
);
