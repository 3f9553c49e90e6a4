import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/** Day strings (`yyyy-MM-dd`) in and out; date-fns does the calendar maths. */

export function toDay(date: Date): string {
	return format(date, 'yyyy-MM-dd');
}

export function addDaysTo(day: string, days: number): string {
	return toDay(addDays(parseISO(day), days));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
	return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function formatDay(day: string, locale?: string): string {
	return parseISO(day).toLocaleDateString(locale, {
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	});
}
