import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core on the page as it is now and fails on its serious and critical
 * violations (with `anyImpact`, on every violation), naming the rule and the elements.
 *
 * Legacy mode runs axe once in the page itself. The default mode also opens a blank
 * page for every check to combine results across frames: Rapport has no frames, and
 * that page cost one to three seconds a check on a two-core machine. Only violations
 * carry every element they found: the passes' lists of elements, which nothing here
 * reads, took about a third of each check to gather and send back.
 */
export async function expectAxeClean(
	page: Page,
	where: string,
	options: { tags?: string[]; anyImpact?: boolean } = {}
) {
	let builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
	if (options.tags) builder = builder.withTags(options.tags);
	const results = await builder.analyze();
	const found = results.violations
		.filter((v) => options.anyImpact || v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(found, `axe on ${where}`).toEqual([]);
}
