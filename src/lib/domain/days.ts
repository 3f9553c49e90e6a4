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
	return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment. */
export function toDay(date: Date): string {
	return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The local day of a stored timestamp (`createdAt`, a backup's time): the day the person
 * saw on their calendar, not the UTC date (an evening in the Americas is already the
 * next day in UTC).
 */
export function dayOfTimestamp(timestamp: string): string {
	return toDay(new Date(timestamp));
}

/** Noon on a day, in the device's time zone, as a stored timestamp. */
export function localNoonOf(day: string): string {
	return new Date(
		Number(day.slice(0, 4)),
		Number(day.slice(5, 7)) - 1,
		Number(day.slice(8, 10)),
		12
	).toISOString();
}

export function addDaysTo(day: string, days: number): string {
	return fromUtc(utcMidnight(day) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
	return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/**
 * The same day `months` calendar months later (earlier when negative); a day the target month
 * lacks becomes its last day (31 Jan + 1 month is 28 or 29 Feb).
 */
export function addMonthsTo(day: string, months: number): string {
	const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
	const year = Math.floor(index / 12);
	const month = index - year * 12;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const last = month === 1 ? (leap ? 29 : 28) : [3, 5, 8, 10].includes(month) ? 30 : 31;
	const date = Math.min(Number(day.slice(8, 10)), last);
	return `${String(year).padStart(4, '0')}-${pad(month + 1)}-${pad(date)}`;
}

/** Whole calendar months from `from` to `to` (`to` on or after `from`), and whether none is left over. */
export function wholeMonthsBetween(from: string, to: string): { months: number; exact: boolean } {
	let months =
		(Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
		Number(to.slice(5, 7)) -
		Number(from.slice(5, 7));
	if (addMonthsTo(from, months) > to) months -= 1;
	return { months, exact: addMonthsTo(from, months) === to };
}

// Building a date formatter is slow; a list of 100 rows formats 200 dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A day for people to read ("23 Nov 2026" or the locale's way), in the user's locale. */
export function formatDay(day: string, locale?: string): string {
	const key = locale ?? '';
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, {
			day: 'numeric',
			month: 'short',
			year: 'numeric',
			timeZone: 'UTC'
		});
		formatters.set(key, formatter);
	}
	return formatter.format(utcMidnight(day));
}
