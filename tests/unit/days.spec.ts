import fc from 'fast-check';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addDaysTo, daysBetween } from '../../src/lib/domain/days';

const day = fc
	.date({
		min: new Date('1900-01-01T00:00:00Z'),
		max: new Date('2100-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));

describe('day arithmetic', () => {
	it('agrees with date-fns calendar maths for any day and offset', () => {
		fc.assert(
			fc.property(day, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
				expect(addDaysTo(d, n)).toBe(format(addDays(parseISO(d), n), 'yyyy-MM-dd'));
				expect(daysBetween(d, addDaysTo(d, n))).toBe(n);
				expect(daysBetween(d, addDaysTo(d, n))).toBe(
					differenceInCalendarDays(parseISO(addDaysTo(d, n)), parseISO(d))
				);
			})
		);
	});

	it('handles month ends, leap days and years', () => {
		expect(addDaysTo('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDaysTo('2100-02-28', 1)).toBe('2100-03-01');
		expect(addDaysTo('2026-12-31', 1)).toBe('2027-01-01');
		expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
	});
});
