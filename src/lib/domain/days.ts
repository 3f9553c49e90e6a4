import { format, parseISO } from 'date-fns';

/**
 * Day strings (`yyyy-MM-dd`) in and out. Calendar-day arithmetic runs on UTC
 * midnights, where every day is exactly 24 hours: no time zone or daylight-saving
 * change can shift it, and it is fast enough for 10,000 people per keystroke.
 */

const DAY_MS = 86_400_000;

function utcMidnight(day: string): number {
	return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtc(ms: number): string {
	const d = new Date(ms);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The local calendar day of a moment. */
export function toDay(date: Date): string {
	return format(date, 'yyyy-MM-dd');
}

export function addDaysTo(day: string, days: number): string {
	return fromUtc(utcMidnight(day) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
	return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

export function formatDay(day: string, locale?: string): string {
	return parseISO(day).toLocaleDateString(locale, {
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	});
}
