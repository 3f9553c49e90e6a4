import { describe, expect, it } from 'vitest';
import { activityByMonth, resultsByChannel } from '../../src/lib/domain/insights';
import { interactionSchema } from '../../src/lib/domain/interaction';
import { leadSchema } from '../../src/lib/domain/lead';

const meta = (id: string) => ({
	id,
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z'
});
const interaction = (id: string, date: string, minutes: number, deleted = false) =>
	interactionSchema.parse({
		...meta(id),
		date,
		kind: 'call',
		personIds: ['p'],
		durationMinutes: minutes,
		deletedAt: deleted ? '2026-02-01T00:00:00.000Z' : null
	});

describe('activityByMonth', () => {
	it('counts interactions and minutes per month, oldest first, skipping deleted and out-of-range', () => {
		const rows = activityByMonth(
			[
				interaction('a', '2026-11-02', 30),
				interaction('b', '2026-11-20', 45),
				interaction('c', '2026-09-30', 60),
				interaction('d', '2026-09-01', 15, true),
				interaction('e', '2025-11-30', 90)
			],
			'2026-11-22',
			3
		);
		expect(rows).toEqual([
			{ month: '2026-09', label: 'Sep 2026', count: 1, minutes: 60 },
			{ month: '2026-10', label: 'Oct 2026', count: 0, minutes: 0 },
			{ month: '2026-11', label: 'Nov 2026', count: 2, minutes: 75 }
		]);
	});
});

describe('resultsByChannel', () => {
	const lead = (id: string, channel: string, status: string, won?: [number, string]) =>
		leadSchema.parse({
			...meta(id),
			title: id,
			channel,
			status,
			firstContactOn: '2026-01-01',
			wonValue: won ? { amountMinor: won[0], currency: won[1] } : null
		});

	it('counts leads and wins, and keeps currencies apart', () => {
		const rows = resultsByChannel(
			[
				lead('1', 'referral', 'won', [500_000, 'EUR']),
				lead('2', 'referral', 'won', [250_050, 'EUR']),
				lead('3', 'referral', 'won', [100_000, 'USD']),
				lead('4', 'referral', 'lost'),
				lead('5', 'blog', 'new'),
				lead('6', 'gone-channel', 'won', [1000, 'EUR'])
			],
			[
				{ id: 'referral', name: 'Referral' },
				{ id: 'blog', name: 'Blog' },
				{ id: 'event', name: 'Event' }
			]
		);
		expect(rows).toEqual([
			{
				channelId: 'referral',
				name: 'Referral',
				leads: 4,
				won: 3,
				wonMinor: { EUR: 750_050, USD: 100_000 }
			},
			{ channelId: 'blog', name: 'Blog', leads: 1, won: 0, wonMinor: {} },
			{ channelId: 'event', name: 'Event', leads: 0, won: 0, wonMinor: {} },
			{ channelId: 'gone-channel', name: 'gone-channel', leads: 1, won: 1, wonMinor: { EUR: 1000 } }
		]);
	});
});
