import { describe, expect, it } from 'vitest';
import type { PipelineRow } from '../../src/lib/domain/insights/charts';
import { describePipeline } from '../../src/lib/domain/insights/pipeline-reading';

function row(name: string, won: number, open: number, lost = 0): PipelineRow {
	const total = won + open + lost;
	return {
		channelId: name.toLowerCase(),
		name,
		counts: { new: open, talking: 0, proposal: 0, won, lost },
		total,
		conversion: total ? won / total : 0
	};
}

describe('the pipeline reading', () => {
	it('says the best of the channels with three leads or more when smaller ones were left out', () => {
		// Website: 2 of 3; Forum 1 of 1 and Other 2 of 2 convert "better" on too few leads.
		const rows = [
			row('Website', 2, 1),
			row('Forum', 1, 0),
			row('Other', 2, 0),
			row('Referral', 1, 4)
		];
		expect(describePipeline(rows)).toBe(
			'Of 11 leads first contacted in this period, 6 are won (55%); Website converts best of the channels with 3 leads or more: 2 of 3 (67%).'
		);
	});

	it('says nothing about a threshold when every channel with leads has enough of them', () => {
		const rows = [row('Website', 2, 1), row('Referral', 1, 4)];
		expect(describePipeline(rows)).toBe(
			'Of 8 leads first contacted in this period, 3 are won (38%); Website converts best: 2 of 3 (67%).'
		);
	});

	it('falls back to every channel when none has three leads, and says when none is won', () => {
		expect(describePipeline([row('Forum', 1, 0), row('Other', 0, 1)])).toBe(
			'Of 2 leads first contacted in this period, 1 is won (50%); Forum converts best: 1 of 1 (100%).'
		);
		expect(describePipeline([row('Forum', 0, 2)])).toBe(
			'Of 2 leads first contacted in this period, none is won yet.'
		);
		expect(describePipeline([])).toBe('');
	});
});
