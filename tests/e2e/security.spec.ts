import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { App } from './app';

// The service worker is part of what these tests check (blocked elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

// Nothing on any route breaks the policy: checked in the offline walk (offline.spec.ts), which
// opens every route with the sample data, served by the service worker.
test('every page carries a strict Content Security Policy', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
	expect(csp).toBeDefined();
	expect(csp).toContain("default-src 'self'");
	expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
	expect(csp).not.toContain('unsafe-eval');
	expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	// The deep-link fallback page (served by static hosts for /people/<id>) has it too.
	expect(await readFile('build/200.html', 'utf8')).toContain(`content="${csp}"`.slice(0, 60));
});

test('links in user text open only web, email and phone addresses', async ({ page }) => {
	const app = new App(page);
	await app.startEmpty();
	await app.open('/people/new');
	await page.getByLabel('Name', { exact: true }).fill('Link Tester');
	await page.getByLabel('Links', { exact: false }).fill('javascript:alert(1)');
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByText(/Links must start with http/).first()).toBeVisible();
	await page.getByLabel('Links', { exact: false }).fill('https://example.com/portfolio');
	await page.getByLabel('Emails').fill('link@example.com');
	await page.getByRole('button', { name: 'Add person' }).click();
	await expect(page.getByRole('heading', { name: 'Link Tester' })).toBeVisible();
	const hrefs = await page
		.locator('main a[href]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).protocol));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const protocol of hrefs) expect(['http:', 'https:', 'mailto:', 'tel:']).toContain(protocol);
	await expect(page.getByRole('link', { name: 'https://example.com/portfolio' })).toHaveAttribute(
		'href',
		'https://example.com/portfolio'
	);
	await expect(page.getByRole('link', { name: 'link@example.com' })).toHaveAttribute(
		'href',
		'mailto:link@example.com'
	);
});
