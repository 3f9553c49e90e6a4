import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interactionSchema, type Interaction } from '../../src/lib/domain/interaction';
import { periodStarts, timeCostText, timeSpent } from '../../src/lib/domain/time-cost';

let n = 0;
const interaction = (
	date: string,
	durationMinutes: number,
	deleted = false,
	cost: { amountMinor: number; currency: string } | null = null
): Interaction =>
	interactionSchema.parse({
		cost,
		id: `i${n++}`,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		deletedAt: deleted ? '2026-01-02T00:00:00.000Z' : null,
		date,
		kind: 'coffee',
		personIds: ['p'],
		durationMinutes
	});

describe('time cost', () => {
	it('finds the start of the week, month and year for each week start', () => {
		// 2026-11-25 is a Wednesday.
		expect(periodStarts('2026-11-25', 1)).toEqual({
			week: '2026-11-23',
			month: '2026-11-01',
			year: '2026-01-01'
		});
		expect(periodStarts('2026-11-25', 0).week).toBe('2026-11-22');
		expect(periodStarts('2026-11-25', 6).week).toBe('2026-11-21');
		expect(periodStarts('2026-11-23', 1).week).toBe('2026-11-23');
	});

	it('sums time and what was paid out of pocket, per currency, leaving out deleted interactions', () => {
		const paid = (amountMinor: number, currency: string) => ({ amountMinor, currency });
		const list = [
			interaction('2026-11-24', 45, false, paid(450, 'EUR')),
			interaction('2026-11-02', 60, false, paid(1200, 'USD')),
			interaction('2026-03-01', 30, false, paid(250, 'EUR')),
			interaction('2026-03-02', 15),
			interaction('2026-11-24', 500, true, paid(9900, 'EUR'))
		];
		const time = timeSpent(list);
		expect(time).toEqual({ count: 4, minutes: 150, spent: { EUR: 700, USD: 1200 } });
		expect(timeSpent([])).toEqual({ count: 0, minutes: 0, spent: {} });

		const rules = {
			hourlyRateMinor: 6000,
			currency: 'EUR',
			weightMinutes: [15, 30, 60, 120, 240],
			balancedWithinMinutes: 60
		};
		expect(timeCostText(time, rules)).toBe(
			'4 interactions, 2 h 30 min, worth €150.00 at your rate. Paid out of pocket: €7.00 + $12.00.'
		);
		expect(timeCostText(timeSpent(list.slice(3, 4)), { ...rules, hourlyRateMinor: 0 })).toBe(
			'one interaction, 15 min.'
		);
	});

	it('the total is the same whatever the order', () => {
		const arb = fc.array(
			fc.record({
				minutes: fc.integer({ min: 0, max: 1440 }),
				cents: fc.integer({ min: 0, max: 100_000 }),
				currency: fc.constantFrom('EUR', 'USD')
			})
		);
		fc.assert(
			fc.property(arb, (rows) => {
				const list = rows.map((r) =>
					interaction('2026-05-01', r.minutes, false, {
						amountMinor: r.cents,
						currency: r.currency
					})
				);
				const time = timeSpent(list);
				expect(timeSpent([...list].reverse())).toEqual(time);
				expect(time.minutes).toBe(rows.reduce((n, r) => n + r.minutes, 0));
				const euros = rows.filter((r) => r.currency === 'EUR').reduce((n, r) => n + r.cents, 0);
				expect(time.spent.EUR ?? 0).toBe(euros);
			})
		);
	});
});
