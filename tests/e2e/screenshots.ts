import type { Locator, Page } from '@playwright/test';

/** Whether this run keeps screenshots to look at: `E2E_SCREENSHOTS=1 npx playwright test …`. */
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';

/**
 * Saves a screenshot of the whole page (or of one element) for a person to look at, when the
 * run asks for them. A full-page screenshot took about half a second on a two-core machine, and
 * the suite took dozens: they are not taken in `npm test`, whose assertions do the checking.
 */
export async function saveScreenshot(target: Page | Locator, path: string) {
	if (!SCREENSHOTS) return;
	if ('goto' in target) await target.screenshot({ path, fullPage: true });
	else await target.screenshot({ path });
}
