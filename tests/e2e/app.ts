import { expect, type Page } from '@playwright/test';

/**
 * Tags a test whose flow does not depend on the screen's width (the desktop project skips
 * it: see playwright.config.ts). Layout, navigation, charts' geometry and anything a test
 * checks differently per screen stay untagged and run on both.
 */
export const ANY_SCREEN = { tag: '@any-screen' };

/** Every top-level route, its heading, and a label that appears once its data is shown. */
export const ROUTES = [
	{
		path: '/',
		heading: /Today|Welcome to Rapport/,
		ready: /follow-ups|Explore with sample data|Start with the people/
	},
	{ path: '/people', heading: 'People', ready: /\d+ people|No people yet/ },
	{ path: '/people/new', heading: 'Add a person', ready: /Roles/ },
	{ path: '/log', heading: 'Log an interaction', ready: /Who|Add a person/ },
	{ path: '/leads', heading: 'Leads', ready: /Proposal|No leads yet/ },
	{
		path: '/insights',
		heading: 'Insights',
		ready: /Leads and won value by channel|Nothing to chart yet/
	},
	{
		path: '/organisations',
		heading: 'Organisations and communities',
		ready: /\d+\s+(person|people)|No organisations yet/
	},
	{ path: '/settings', heading: 'Settings', ready: /On this device/ },
	{ path: '/import', heading: 'Import and export', ready: /File to import/ },
	{ path: '/introduce', heading: 'Make an introduction', ready: /Choose two different people/ },
	{ path: '/leads/new', heading: 'Add a lead', ready: /Where it stands/ },
	{ path: '/leads/refer', heading: 'I referred someone', ready: /Whom did you send work to/ },
	{ path: '/sources', heading: 'Your sources', ready: /Root connectors|No leads yet/ },
	{ path: '/settings/templates', heading: 'Templates', ready: /Gives and receives/ },
	{ path: '/whats-new', heading: "What's new", ready: /Record templates, and this page/ },
	{
		path: '/interactions',
		heading: 'Interactions',
		ready: /interactions?( match)?, newest first|Nothing logged yet/
	}
] as const;

/** Page model for the parts of Rapport the specs share. */
export class App {
	constructor(readonly page: Page) {}

	async open(path = '/') {
		await this.page.goto(path);
	}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	async startWithSample() {
		await this.open('/');
		await this.page.getByRole('button', { name: 'Explore with sample data' }).click();
		await expect(this.page.getByRole('heading', { name: /^Today/ })).toBeVisible();
	}

	async startEmpty() {
		await this.open('/');
		await this.page.getByRole('button', { name: 'Start empty' }).click();
		await expect(this.page.getByRole('heading', { name: /^Today/ })).toBeVisible();
	}

	nav(name: string) {
		return this.page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name, exact: true });
	}

	/** Waits until the service worker controls the page (after one reload). */
	async waitForServiceWorker() {
		await this.page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await this.page.reload();
		await expect
			.poll(() => this.page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);
	}
}

/** A fact on a person's page ("Last contact", "Next due"): the value beside its name. */
export function personFact(page: Page, name: string) {
	return page
		.locator('dl > div')
		.filter({ has: page.locator('dt', { hasText: name }) })
		.locator('dd');
}

/**
 * Adds someone who is due every `cadenceDays` from the day they were met (a person's page is
 * shown after).
 */
export async function addPersonWithCadence(
	page: Page,
	app: App,
	name: string,
	cadenceDays: number,
	metOn: string,
	more: (page: Page) => Promise<void> = async () => undefined
) {
	await app.open('/people/new');
	await page.getByLabel('Name').fill(name);
	await more(page);
	await page.getByLabel(/^Keep in touch every/).fill(String(cadenceDays));
	await page.getByLabel('Date').fill(metOn);
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Toasts sit over the bottom of a phone screen: clear them before reaching for what is under them. */
export async function dismissToasts(page: Page) {
	const close = page.getByRole('button', { name: 'Dismiss' });
	while ((await close.count()) > 0) await close.first().click();
}

/**
 * Picks a person in a person picker (a searchable combobox) the way a user does:
 * types their name, then chooses them in the list that opens.
 */
export async function pickPerson(page: Page, label: string | RegExp, name: string) {
	const box = page.getByRole('combobox', { name: label });
	await box.fill(name);
	const listbox = page.locator(`[id="${await box.getAttribute('aria-controls')}"]`);
	await listbox.getByRole('option', { name, exact: true }).click();
	await expect(box).toHaveAttribute('aria-expanded', 'false');
}

/** A list's filters: folded away under "Filters" on a phone, open on a wide screen. */
export function filterArea(page: Page) {
	return page.locator('details', { has: page.locator('summary', { hasText: /^\s*Filters/ }) });
}

/** Opens a list's filters (already open on a wide screen) the way a user does: a tap or a click. */
export async function openFilters(page: Page) {
	const area = filterArea(page);
	if (!(await area.evaluate((details: HTMLDetailsElement) => details.open)))
		await area.locator('summary').click();
	await expect(area).toHaveAttribute('open', '');
}
