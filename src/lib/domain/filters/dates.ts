import { addDaysTo } from '../days';
import type { Condition, DateUnit } from './schema';

type DateCondition = Extract<Condition, { type: 'date' }>;

/** An inclusive range of days; null ends are open. `empty` matches records with no date. */
export type DayRange = { from: string | null; to: string | null } | { empty: true };

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `day` moved by `n` calendar months, clamped to the end of a shorter month:
 * 31 March minus one month is 28 February (29 in a leap year).
 */
export function addMonthsTo(day: string, n: number): string {
	const y = Number(day.slice(0, 4));
	const m = Number(day.slice(5, 7));
	const d = Number(day.slice(8, 10));
	const index = y * 12 + (m - 1) + n;
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** `today` moved back (negative n) or forward by n days, weeks or months. */
export function shiftDay(today: string, n: number, unit: DateUnit): string {
	if (unit === 'months') return addMonthsTo(today, n);
	return addDaysTo(today, unit === 'weeks' ? n * 7 : n);
}

/**
 * The days a date condition covers, relative to `today`, counted as Insights' periods
 * and the lists' simple filters count them:
 * - in the last N: the N units that end today ("the last 7 days" is today and the six
 *   before it; "the last 1 month" on 31 March starts on 1 March, on 30 March on 1 March
 *   too, after the shorter February);
 * - older than N: every day before those, so "last N" and "older than N" split the past
 *   between them with no gap and no overlap;
 * - in the next N: the N units that start today;
 * - since: that day and after; before: strictly before; between: both days included.
 * Undefined when the condition is not filled in yet.
 */
export function dayRange(condition: DateCondition, today: string): DayRange | undefined {
	const { op, from, to, unit } = condition;
	// "The last 0 days" is today, as "the last 1 day" (never an empty range).
	const n = condition.n === null ? null : Math.max(condition.n, 1);
	switch (op) {
		case 'none':
			return { empty: true };
		case 'last':
			return n === null ? undefined : { from: addDaysTo(shiftDay(today, -n, unit), 1), to: today };
		case 'olderThan':
			return n === null ? undefined : { from: null, to: shiftDay(today, -n, unit) };
		case 'next':
			return n === null ? undefined : { from: today, to: addDaysTo(shiftDay(today, n, unit), -1) };
		case 'since':
			return from === null ? undefined : { from, to: null };
		case 'before':
			return from === null ? undefined : { from: null, to: addDaysTo(from, -1) };
		case 'between':
			if (from === null || to === null) return undefined;
			return from <= to ? { from, to } : { from: to, to: from };
	}
}

/** Whether `day` (or no date) lies in the range. */
export function inRange(range: DayRange, day: string | null): boolean {
	if ('empty' in range) return day === null;
	if (day === null) return false;
	return (range.from === null || day >= range.from) && (range.to === null || day <= range.to);
}
