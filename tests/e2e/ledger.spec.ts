import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { addPersonWithCadence, ANY_SCREEN, App, personFact, pickPerson } from './app';

async function addMentor(page: Page, app: App, name: string) {
	await app.open('/people/new');
	await page.getByLabel('Name').fill(name);
	await page.getByRole('checkbox', { name: 'Mentor' }).check();
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name })).toBeVisible();
}

const giveAndTake = (page: Page) => page.getByRole('region', { name: 'Give and take' });
const todaySection = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

test(
	'log a coffee where I received advice: status changes on the person page and Today',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await addMentor(page, app, 'Mira Lopez');
		await expect(giveAndTake(page).getByTestId('ledger-status')).toHaveText('No exchanges yet');
		await expectAxeClean(page, 'person page');

		await page.getByRole('link', { name: 'Log interaction' }).click();
		await page.getByRole('button', { name: '…and I gave or received something' }).click();
		const give = page.locator('#log-give');
		await expect(give.getByRole('radio', { name: 'I received' })).toBeChecked();
		await give.getByRole('radio', { name: 'Advice' }).check();
		await give.getByRole('radio', { name: /^4/ }).check();
		await expectAxeClean(page, 'quick log with a give or receive');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(
			page.getByText('Saved: coffee with Mira Lopez and received advice.').last()
		).toBeVisible();

		await app.open('/people');
		await page.getByRole('link', { name: /Mira Lopez/ }).click();
		await expect(giveAndTake(page).getByTestId('ledger-status')).toHaveText('You owe them');
		await expect(giveAndTake(page)).toContainText('2 h');
		await expect(
			page.getByRole('region', { name: 'Timeline' }).getByRole('link', { name: /You received/ })
		).toBeVisible();

		await app.open('/people');
		await page.getByLabel('Give and take').selectOption({ label: 'They owe you' });
		await expect(page.getByText('Nobody matches.')).toBeVisible();
		await page.getByLabel('Give and take').selectOption({ label: 'You owe them' });
		await expect(page.getByRole('link', { name: /Mira Lopez.*You owe them · 2 h/ })).toBeVisible();

		await app.nav('Today').click();
		const owe = todaySection(page, 'You owe');
		await expect(owe.getByRole('link', { name: 'Mira Lopez', exact: true })).toBeVisible();
		await expect(
			todaySection(page, /Mentors you have not offered anything in 30 days/).getByRole('link', {
				name: 'Mira Lopez',
				exact: true
			})
		).toBeVisible();
		await expectAxeClean(page, 'Today');

		// One tap from Today to record what I gave back.
		await owe.getByRole('link', { name: 'Give to Mira Lopez' }).click();
		await expect(page.getByRole('radio', { name: 'I gave' })).toBeChecked();
		await expectAxeClean(page, 'new give or receive');
		await page.getByRole('radio', { name: 'Introduction' }).check();
		await page.getByRole('radio', { name: /^4/ }).check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Mira Lopez' })).toBeVisible();
		await expect(giveAndTake(page).getByTestId('ledger-status')).toHaveText('Balanced');

		await app.nav('Today').click();
		await expect(owe.getByText('You owe nobody a favour.')).toBeVisible();
		await expect(
			todaySection(page, /Mentors you have not offered/).getByText(
				'Every mentor has had something from you lately.'
			)
		).toBeVisible();
	}
);

test('edit a give or receive, delete it and undo', ANY_SCREEN, async ({ page }) => {
	const app = new App(page);
	await app.startEmpty();
	await addMentor(page, app, 'Ola Berg');
	await giveAndTake(page).getByRole('link', { name: 'Record what you received' }).click();
	await page.getByRole('radio', { name: 'Time spent' }).check();
	await page.getByLabel('Minutes').fill('90');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(giveAndTake(page).getByTestId('ledger-status')).toHaveText('You owe them');

	await page.getByRole('link', { name: /You received: advice/ }).click();
	await expect(page.getByRole('heading', { name: /Edit give or receive/ })).toBeVisible();
	await expectAxeClean(page, 'edit give or receive');
	await page.getByLabel('Minutes').fill('30');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(giveAndTake(page).getByTestId('ledger-status')).toHaveText('Balanced');

	await page.getByRole('link', { name: /You received: advice/ }).click();
	await page.getByRole('button', { name: 'Delete' }).click();
	await expect(giveAndTake(page).getByTestId('ledger-status')).toHaveText('No exchanges yet');
	await page
		.locator('.toast')
		.filter({ hasText: 'Give or receive deleted.' })
		.getByRole('button', { name: 'Undo' })
		.click();
	await expect(giveAndTake(page).getByTestId('ledger-status')).toHaveText('Balanced');
	await expect(giveAndTake(page)).toContainText('30 min');
});

test(
	'change the hourly rate: time cost and balance are valued in money',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await addMentor(page, app, 'Ines Duarte');
		await page.getByRole('link', { name: 'Log interaction' }).click();
		await page.getByLabel(/^Out-of-pocket cost/).fill('4.50');
		await page.getByRole('button', { name: 'Save', exact: true }).click(); // a 45-minute coffee
		await expect(page.getByText('Saved: coffee with Ines Duarte.').last()).toBeVisible();

		const setRate = async (rate: string) => {
			await app.open('/settings');
			await page.getByLabel(/^Hourly rate/).fill(rate);
			await page.getByRole('button', { name: 'Save settings' }).click();
			await expect(page.getByText('Settings saved.').last()).toBeVisible();
		};
		const timeCost = async () => {
			await app.open('/people');
			await page.getByRole('link', { name: /Ines Duarte/ }).click();
			return page.getByTestId('person-time-cost');
		};
		await expect(await timeCost()).toHaveText(
			'Time together: one interaction, 45 min. Paid out of pocket: €4.50.'
		);
		await setRate('80');
		await expect(await timeCost()).toContainText('worth €60.00 at your rate');
		await setRate('120');
		await expect(await timeCost()).toContainText('worth €90.00 at your rate');
		await expect(giveAndTake(page)).toContainText('(€120.00)'); // balanced within 1 h, at the rate

		await app.nav('Insights').click();
		const table = page.getByTestId('time-cost-table');
		const thisWeek = table.getByRole('row', { name: /This week/ });
		await expect(thisWeek).toContainText('45 min');
		await expect(thisWeek).toContainText('€90.00');
		await expect(thisWeek.getByRole('cell', { name: '€4.50' })).toBeVisible();
		// On a phone each period is a block: its numbers under its name, all on the screen.
		const period = (await thisWeek.getByRole('rowheader').boundingBox())!;
		for (const amount of ['€90.00', '€4.50']) {
			const value = (await thisWeek.getByRole('cell', { name: amount }).boundingBox())!;
			expect(value.y).toBeGreaterThanOrEqual(period.y + period.height);
			expect(value.x + value.width).toBeLessThanOrEqual(page.viewportSize()!.width);
		}
		await expectAxeClean(page, 'Insights');
		await setRate('0');
		await app.nav('Insights').click();
		// No rate, no value in money; what was paid is still money.
		await expect(table.getByRole('columnheader', { name: 'Value' })).toHaveCount(0);
		await expect(table.getByRole('row', { name: /This week/ })).not.toContainText('€90.00');
		await expect(thisWeek.getByRole('cell', { name: '€4.50' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Set your hourly rate' })).toBeVisible();
	}
);

test('ledger settings are validated inline', ANY_SCREEN, async ({ page }) => {
	const app = new App(page);
	await app.startEmpty();
	await addMentor(page, app, 'Lee Park');
	await app.open('/settings');
	await page.getByLabel('Weight 3').fill('10');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(
		page.getByText('Each weight must be worth more than the one before.', { exact: true })
	).toBeVisible();
	await expect(page.getByLabel('Weight 3')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Weight 3').fill('60');
	await page.getByLabel(/^Nudge about mentors after/).fill('14');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.').last()).toBeVisible();
	await app.nav('Today').click();
	await expect(
		page.getByRole('heading', { name: 'Mentors you have not offered anything in 14 days' })
	).toBeVisible();
});

test(
	'a coffee with two people: the give asks whom it was with, and goes on their ledger only',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await addMentor(page, app, 'Bo Park');
		await addMentor(page, app, 'Tove Lind');
		await page.getByRole('link', { name: 'Log interaction' }).click();
		await pickPerson(page, 'Someone else', 'Bo Park');
		await page.getByRole('button', { name: '…and I gave or received something' }).click();
		const give = page.locator('#log-give');
		await give.getByRole('radio', { name: 'I gave' }).check();
		await give.getByRole('radio', { name: 'Advice' }).check();
		// Nobody is chosen for it: the first person is not assumed.
		const withWhom = give.getByLabel('With');
		await expect(withWhom.locator('option:checked')).toHaveText('Choose…');
		const save = page.getByRole('button', { name: 'Save', exact: true });
		await save.click();
		await expect(withWhom).toBeFocused();
		await expect(withWhom).toHaveAccessibleDescription(
			'Choose whom it was with: you logged several people.'
		);
		await expect(page.getByText(/^Saved:/)).toHaveCount(0);
		await expectAxeClean(page, 'quick log asking whom a give was with');
		await withWhom.selectOption({ label: 'Bo Park' });
		await expect(withWhom).not.toHaveAttribute('aria-invalid');
		await save.click();
		await expect(
			page.getByText('Saved: coffee with Tove Lind and Bo Park and gave advice.').last()
		).toBeVisible();

		await app.open('/people');
		await page.getByRole('link', { name: /Bo Park/ }).click();
		await expect(
			page.getByRole('region', { name: 'Timeline' }).getByRole('link', { name: /You gave/ })
		).toBeVisible();
		await expect(giveAndTake(page).getByTestId('ledger-status')).not.toHaveText('No exchanges yet');
		await app.open('/people');
		await page.getByRole('link', { name: /Tove Lind/ }).click();
		await expect(giveAndTake(page).getByTestId('ledger-status')).toHaveText('No exchanges yet');
	}
);

test(
	'the give or receive part of the quick log survives a reload, and closes',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await addMentor(page, app, 'Tove Lind');
		await page.getByRole('link', { name: 'Log interaction' }).click();
		const toggle = page.getByRole('button', { name: '…and I gave or received something' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await page.getByRole('radio', { name: 'I gave' }).check();
		await page.getByRole('radio', { name: 'Referral' }).check();
		await page.reload();
		await expect(page.getByText('Restored what you were typing.')).toBeVisible();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByRole('radio', { name: 'I gave' })).toBeChecked();
		await expect(page.getByRole('radio', { name: 'Referral' })).toBeChecked();
		await toggle.click(); // not this time: the coffee alone is saved
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Saved: coffee with Tove Lind.').last()).toBeVisible();
		await app.open('/people');
		await page.getByRole('link', { name: /Tove Lind/ }).click();
		await expect(giveAndTake(page).getByTestId('ledger-status')).toHaveText('No exchanges yet');
	}
);

test(
	'what could I offer: a suggested person, then an introduction recorded with both',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await app.open('/people/new');
		await page.getByLabel('Name').fill('Bo Park');
		await page.getByLabel(/^Tags/).fill('writer');
		await page.getByRole('button', { name: 'Add person' }).click();
		await expect(page.getByRole('heading', { name: 'Bo Park' })).toBeVisible();
		await app.open('/people/new');
		await page.getByLabel('Name').fill('Ann Lee');
		await page.getByLabel(/^What success means to them/).fill('Meet other writers this year.');
		await page.getByRole('button', { name: 'Add person' }).click();
		await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();

		const offer = page.getByRole('region', { name: 'What could I offer?' });
		await offer.getByRole('button', { name: 'Find people who could help' }).click();
		await expect(
			offer.getByText('Tagged “writer”, which their goals or interests mention')
		).toBeVisible();
		await expectAxeClean(page, 'person page with suggestions');
		await offer.getByRole('link', { name: 'Introduce Ann Lee to Bo Park' }).click();

		await expect(page.getByRole('heading', { name: 'Make an introduction' })).toBeVisible();
		await expect(page.getByLabel('Introduce', { exact: true })).toHaveValue('Ann Lee');
		await expect(page.getByLabel('To', { exact: true })).toHaveValue('Bo Park');
		const message = page.getByLabel(/^Message/);
		await expect(message).toHaveValue(/Hi Ann and Bo/);
		await expect(message).toHaveValue(/If you would both like to connect/);
		await expect(page.getByRole('link', { name: 'Email both and record' })).toHaveAttribute(
			'href',
			/^mailto:\?subject=Introduction%3A%20Ann%20and%20Bo&body=/
		);
		await expectAxeClean(page, 'introduce');
		await page.getByRole('button', { name: 'Just record it' }).click();
		await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
		await expect(
			page
				.getByRole('region', { name: 'Timeline' })
				.getByRole('link', { name: /You gave: introduction/ })
		).toBeVisible();
		// Weight 3 is an hour by default: within "balanced" (an hour either way).
		const gave = giveAndTake(page).locator('dl > div').filter({ hasText: 'You gave' });
		await expect(gave).toContainText('1 h · once');
		await app.open('/people');
		await page.getByRole('link', { name: /Bo Park/ }).click();
		await expect(gave).toContainText('1 h · once');
		await expect(giveAndTake(page).getByTestId('ledger-status')).toHaveText('Balanced');
	}
);

test(
	'a currency change that the rate does not fit says so where it is seen, and saves nothing',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await app.open('/settings');
		await page.getByLabel(/^Hourly rate/).fill('90.50');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.getByText('Settings saved.').last()).toBeVisible();
		await page.getByLabel(/^Currency/).fill('JPY');
		await expect(
			page.getByRole('status').filter({ hasText: 'keep their own currency (EUR)' })
		).toBeVisible();
		await page.getByRole('button', { name: 'Save settings' }).click();
		const rate = page.getByLabel(/^Hourly rate/);
		await expect(rate).toBeFocused();
		await expect(
			page.getByText('JPY amounts have no decimals: enter a whole number.')
		).toBeVisible();
		await expect(
			page.getByRole('alert').filter({ hasText: 'Not saved: check the hourly rate.' })
		).toBeVisible();
		await rate.fill('12000');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.getByText('Settings saved.').last()).toBeVisible();
		await expect(rate).toHaveValue('12000');
		// Saved in yen: the form matches what is stored, so the note about the change is gone.
		await expect(page.getByText('keep their own currency')).toHaveCount(0);
	}
);

test(
	'a give recorded on its own is a contact: last contact, next due and Today move',
	ANY_SCREEN,
	async ({ page }) => {
		const app = new App(page);
		await app.startEmpty();
		await addPersonWithCadence(page, app, 'Ola Brandt', 14, '2026-01-05');
		const fact = (name: string) => personFact(page, name);
		await expect(fact('Last contact')).toHaveText('None yet');
		await expect(fact('Next due')).toHaveText('Jan 19, 2026');
		await app.nav('Today').click();
		const fresh = todaySection(page, 'New, not contacted yet');
		await expect(fresh.getByRole('link', { name: 'Ola Brandt', exact: true })).toBeVisible();
		// Nobody has the Mentor role: the mentors' list does not say every mentor had something.
		await expect(
			todaySection(page, /Mentors you have not offered/).getByText('No mentors yet.')
		).toBeVisible();

		// Advice sent by email on 2 March, recorded from their page without an interaction.
		await app.open('/people');
		await page.getByRole('link', { name: /Ola Brandt/ }).click();
		await giveAndTake(page).getByRole('link', { name: 'Record what you gave' }).click();
		await page.getByLabel('Date').fill('2026-03-02');
		await page.getByRole('radio', { name: 'Advice' }).check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Ola Brandt' })).toBeVisible();
		await expect(fact('Last contact')).toHaveText('Mar 2, 2026');
		await expect(fact('Next due')).toHaveText('Mar 16, 2026');

		await app.nav('Today').click();
		await expect(fresh.getByRole('link', { name: 'Ola Brandt', exact: true })).toHaveCount(0);
		await expect(
			todaySection(page, 'Due for a touch').getByRole('listitem').filter({ hasText: 'Ola Brandt' })
		).toContainText('Last contact Mar 2, 2026');
	}
);
