import fc from 'fast-check';
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
	addDaysTo,
	addMonthsTo,
	daysBetween,
	formatDay,
	toDay,
	wholeMonthsBetween
} from '../../src/lib/domain/days';

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

describe('calendar months', () => {
	it('adds months as date-fns does, a missing day becoming the month’s last', () => {
		fc.assert(
			fc.property(day, fc.integer({ min: -1200, max: 1200 }), (d, n) => {
				expect(addMonthsTo(d, n)).toBe(format(addMonths(parseISO(d), n), 'yyyy-MM-dd'));
			})
		);
		expect(addMonthsTo('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonthsTo('2024-02-29', -360)).toBe('1994-02-28');
		expect(addMonthsTo('2000-02-29', 12)).toBe('2001-02-28');
		expect(addMonthsTo('1999-12-15', 1)).toBe('2000-01-15');
	});

	it('counts the whole months between two days, and says when none is left over', () => {
		fc.assert(
			fc.property(day, day, (a, b) => {
				const [from, to] = a <= b ? [a, b] : [b, a];
				const { months, exact } = wholeMonthsBetween(from, to);
				expect(addMonthsTo(from, months) <= to).toBe(true);
				expect(addMonthsTo(from, months + 1) > to).toBe(true);
				expect(exact).toBe(addMonthsTo(from, months) === to);
			})
		);
		expect(wholeMonthsBetween('2026-01-15', '2026-04-15')).toEqual({ months: 3, exact: true });
		expect(wholeMonthsBetween('2026-01-15', '2026-04-14')).toEqual({ months: 2, exact: false });
		expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toEqual({ months: 1, exact: true });
		expect(wholeMonthsBetween('2026-03-05', '2026-03-05')).toEqual({ months: 0, exact: true });
	});
});

describe('days in and out', () => {
	it('reads the local calendar day of a moment, as date-fns does', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
				(moment) => {
					expect(toDay(moment)).toBe(format(moment, 'yyyy-MM-dd'));
				}
			)
		);
		expect(toDay(new Date(2026, 0, 1, 0, 0, 0))).toBe('2026-01-01');
		expect(toDay(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
	});

	it('shows a day in the given locale, never shifted by the time zone', () => {
		expect(formatDay('2024-02-29', 'en-GB')).toBe('29 Feb 2024');
		expect(formatDay('2026-12-31', 'en-US')).toBe('Dec 31, 2026');
		expect(formatDay('2026-01-01', 'de-DE')).toBe('1. Jan. 2026');
	});
});
