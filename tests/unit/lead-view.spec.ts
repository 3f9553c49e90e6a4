import { describe, expect, it } from 'vitest';
import { rootRuleText } from '../../src/lib/domain/lead-view';

const names: Record<string, string> = { priya: 'Priya Shah', maria: 'Maria Lopez' };
const name = (id: string) => names[id] ?? id;

describe("why a lead's root connector is who it is", () => {
	it('says the referrer is gone when they were deleted themselves, not their introducer', () => {
		const text = rootRuleText(
			{ rootId: 'priya', rule: 'deleted-referrer', chain: ['priya'] },
			name
		);
		expect(text).toBe(
			'Priya Shah is no longer in Rapport, so the chain of introductions stops with them.'
		);
		expect(text).not.toMatch(/introduced Priya/);
	});

	it('says the introducer is gone when the chain stops above a live person', () => {
		expect(
			rootRuleText({ rootId: 'maria', rule: 'missing-person', chain: ['priya', 'maria'] }, name)
		).toBe('Whoever introduced Maria Lopez is no longer in Rapport; the chain stops there.');
	});

	it('names the root for the other rules', () => {
		expect(rootRuleText({ rootId: 'maria', rule: 'top-of-chain', chain: ['maria'] }, name)).toBe(
			'Nobody introduced Maria Lopez: the chain starts with them.'
		);
		expect(
			rootRuleText({ rootId: 'maria', rule: 'cycle', chain: ['priya', 'maria'] }, name)
		).toMatch(/stops at Maria Lopez\.$/);
		expect(
			rootRuleText({ rootId: 'maria', rule: 'chain-limit', chain: ['priya', 'maria'] }, name)
		).toMatch(/stops at Maria Lopez\.$/);
	});
});
