import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interactionSchema, type Interaction } from '../../src/lib/domain/interaction';
import { periodStarts, timeByPeriod, timeSpent } from '../../src/lib/domain/time-cost';

let n = 0;
const interaction = (date: string, durationMinutes: number, deleted = false): Interaction =>
	interactionSchema.parse({
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

	it('sums durations per period, leaving out deleted and later interactions', () => {
		const list = [
			interaction('2026-11-24', 45),
			interaction('2026-11-02', 60),
			interaction('2026-03-01', 30),
			interaction('2025-12-31', 90),
			interaction('2026-11-24', 500, true),
			interaction('2026-11-26', 15)
		];
		expect(timeByPeriod(list, '2026-11-25', 1)).toEqual({
			week: { count: 1, minutes: 45 },
			month: { count: 2, minutes: 105 },
			year: { count: 3, minutes: 135 }
		});
	});

	it('week ⊆ month-or-year and totals are whole minutes whatever the order', () => {
		const arb = fc.array(
			fc.record({
				day: fc.integer({ min: 1, max: 28 }),
				month: fc.integer({ min: 1, max: 12 }),
				minutes: fc.integer({ min: 0, max: 1440 })
			})
		);
		fc.assert(
			fc.property(arb, (rows) => {
				const list = rows.map((r) =>
					interaction(
						`2026-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
						r.minutes
					)
				);
				const p = timeByPeriod(list, '2026-12-28', 1);
				expect(p.week.minutes).toBeLessThanOrEqual(p.year.minutes);
				expect(p.month.minutes).toBeLessThanOrEqual(p.year.minutes);
				expect(timeSpent([...list].reverse())).toEqual(timeSpent(list));
				expect(p.year).toEqual(timeSpent(list));
			})
		);
	});
});
