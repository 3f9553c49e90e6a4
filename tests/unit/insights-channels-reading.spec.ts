import { describe, expect, it } from 'vitest';
import { describeChannels } from '../../src/lib/domain/insights/channels-reading';
import { comparedPeriod, type ChannelComparison } from '../../src/lib/domain/insights/charts';

const channel = (
	name: string,
	current: Partial<ChannelComparison['current']>,
	previous: ChannelComparison['previous'] = null
): ChannelComparison => ({
	channelId: name.toLowerCase(),
	name,
	current: { leads: 0, won: 0, wonMinor: {}, ...current },
	previous
});

describe('describeChannels', () => {
	it('names the channel that brought the most won work, against the previous period', () => {
		const rows = [
			channel(
				'Referral',
				{ leads: 3, won: 2, wonMinor: { EUR: 500000 } },
				{
					leads: 1,
					won: 1,
					wonMinor: { EUR: 120000 }
				}
			)
		];
		expect(describeChannels(rows, 'EUR', 'en')).toBe(
			'Referral brought the most won work: €5,000.00 from 2 won leads, against €1,200.00 in the previous period.'
		);
	});

	it('reads naturally when nothing was won, naming the currency only when another one was', () => {
		expect(describeChannels([channel('Blog', { leads: 2 })], 'EUR', 'en')).toBe(
			'2 leads came in; nothing was won in this period.'
		);
		expect(describeChannels([channel('Blog', { leads: 1, won: 1 })], 'EUR', 'en')).toBe(
			'1 lead came in; 1 lead was won in this period, with no value recorded.'
		);
		expect(
			describeChannels([channel('Blog', { leads: 1, won: 1, wonMinor: { USD: 900 } })], 'EUR', 'en')
		).toBe('1 lead came in; nothing was won in EUR in this period.');
	});
});

describe('comparedPeriod', () => {
	const before = { from: '2024-11-26', to: '2025-11-25' };
	it('leaves the comparison out when the previous period counted no lead', () => {
		expect(comparedPeriod(before, {})).toBeNull();
		expect(comparedPeriod(before, { 's|web|new': 0 })).toBeNull();
		expect(comparedPeriod(null, { 's|web|new': 1 })).toBeNull();
		expect(comparedPeriod(before, { 's|web|new': 1 })).toEqual({
			previous: before,
			leads: { 's|web|new': 1 }
		});
	});
});
