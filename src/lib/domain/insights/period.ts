import { lazily, z } from '../zod';
import { addDaysTo, daysBetween } from '../days';
import { DAY_OUT_OF_RANGE, daySchema } from '../common';

/**
 * The period Insights shows, as kept in the URL: `?period=30d|90d|12m|year|all`
 * or `?from=yyyy-MM-dd&to=yyyy-MM-dd`.
 */
export const RELATIVE_PERIODS = ['30d', '90d', '12m', 'year', 'all'] as const;
export type RelativePeriod = (typeof RELATIVE_PERIODS)[number];
export const PERIOD_LABELS: Record<RelativePeriod, string> = {
	'30d': 'Last 30 days',
	'90d': 'Last 90 days',
	'12m': 'Last 12 months',
	year: 'This year',
	all: 'All time'
};
export const DEFAULT_PERIOD: RelativePeriod = '12m';

export type PeriodChoice =
	{ kind: 'relative'; period: RelativePeriod } | { kind: 'range'; from: string; to: string };

/** Inclusive day range; null bounds mean "as far as the data goes" (all time). */
export type DayRange = { from: string | null; to: string | null };

const rangeSchema = lazily(() =>
	z
		.object({ from: daySchema, to: daySchema })
		.check(z.refine((r) => r.from <= r.to, { error: 'The start is after the end.' }))
);

/** Reads the choice from URL parameters; anything unreadable falls back to the default. */
export function parsePeriod(params: URLSearchParams): PeriodChoice {
	const range = rangeSchema.safeParse({ from: params.get('from'), to: params.get('to') });
	if (range.success) return { kind: 'range', ...range.data };
	const period = z.enum(RELATIVE_PERIODS).safeParse(params.get('period'));
	return { kind: 'relative', period: period.success ? period.data : DEFAULT_PERIOD };
}

/**
 * Why a from–to pair cannot be shown (null when it can), in words for the form:
 * the same rule `parsePeriod` reads an address by.
 */
export function rangeProblem(from: string, to: string): string | null {
	if (!from || !to) return 'Choose a start and an end date.';
	const range = rangeSchema.safeParse({ from, to });
	if (range.success) return null;
	const issues = range.error.issues;
	if (issues.some((i) => i.path.length === 0)) return 'The start is after the end.';
	// A real date outside the years Rapport keeps (a year typed as 2999) says so.
	if (issues.some((i) => i.message === DAY_OUT_OF_RANGE)) return DAY_OUT_OF_RANGE;
	return 'Choose real dates.';
}

/**
 * Whether the address asked for a period it does not get: one it names could not
 * be read, so the page shows `choice` (the default) instead and should say so.
 */
export function periodUnread(params: URLSearchParams, choice: PeriodChoice): boolean {
	if (choice.kind === 'range') return false;
	const asked = params.has('from') || params.has('to') || params.has('period');
	return asked && params.get('period') !== choice.period;
}

/** The URL query for a choice (the default keeps the URL clean). */
export function periodQuery(choice: PeriodChoice): string {
	if (choice.kind === 'range') return `?from=${choice.from}&to=${choice.to}`;
	return choice.period === DEFAULT_PERIOD ? '' : `?period=${choice.period}`;
}

/** The days a choice covers, given today. */
export function periodRange(choice: PeriodChoice, today: string): DayRange {
	if (choice.kind === 'range') return { from: choice.from, to: choice.to };
	switch (choice.period) {
		case '30d':
			return { from: addDaysTo(today, -29), to: today };
		case '90d':
			return { from: addDaysTo(today, -89), to: today };
		case '12m':
			return { from: addDaysTo(shiftYears(today, -1), 1), to: today };
		case 'year':
			return { from: `${today.slice(0, 4)}-01-01`, to: today };
		case 'all':
			return { from: null, to: null };
	}
}

/** The same day `years` years away (29 February becomes 28 February). */
export function shiftYears(day: string, years: number): string {
	const year = String(Number(day.slice(0, 4)) + years).padStart(4, '0');
	const md = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
	return `${year}-${md}`;
}

/**
 * The period just before, of the same length ("this year" to date: the same
 * dates last year). None for all time.
 */
export function previousRange(
	choice: PeriodChoice,
	range: { from: string; to: string }
): { from: string; to: string } | null {
	if (choice.kind === 'relative' && choice.period === 'all') return null;
	if (choice.kind === 'relative' && choice.period === 'year') {
		return { from: shiftYears(range.from, -1), to: shiftYears(range.to, -1) };
	}
	const days = daysBetween(range.from, range.to) + 1;
	return { from: addDaysTo(range.from, -days), to: addDaysTo(range.from, -1) };
}

const lastOfMonth = (month: string) => {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return addDaysTo(`${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01`, -1);
};
const lastOfYear = (year: string) => `${year}-12-31`;

/**
 * The fewest stored buckets (years, months, days) whose days are exactly
 * [from, to]. It may also take in days of `slack` on either side, days known to
 * hold no data, so "this year to today" reads one year row, not ten months and
 * twenty-three days. Bucket ids: `y2026`, `m2026-11`, `d2026-11-23`.
 */
export function coverRange(
	from: string,
	to: string,
	slack: { before: string; after: string } = { before: from, after: to }
): string[] {
	const out: string[] = [];
	let cursor = from;
	while (cursor <= to) {
		// The first bucket may start in the slack before `from`; later ones start at the cursor.
		const earliest = cursor === from ? slack.before : cursor;
		const year = cursor.slice(0, 4);
		const month = cursor.slice(0, 7);
		if (`${year}-01-01` >= earliest && lastOfYear(year) <= slack.after) {
			out.push(`y${year}`);
			cursor = addDaysTo(lastOfYear(year), 1);
		} else if (`${month}-01` >= earliest && lastOfMonth(month) <= slack.after) {
			out.push(`m${month}`);
			cursor = addDaysTo(lastOfMonth(month), 1);
		} else {
			out.push(`d${cursor}`);
			cursor = addDaysTo(cursor, 1);
		}
	}
	return out;
}

/** The first and last day of a year or month bucket (`y2026`, `m2026-11`); null for others. */
export function bucketSpan(bucket: string): { from: string; to: string } | null {
	const period = bucket.slice(1);
	if (bucket.startsWith('y')) return { from: `${period}-01-01`, to: lastOfYear(period) };
	if (bucket.startsWith('m')) return { from: `${period}-01`, to: lastOfMonth(period) };
	return null;
}

/** Every month (`yyyy-MM`) from the one holding `from` to the one holding `to`. */
export function monthsBetween(from: string, to: string): string[] {
	const out: string[] = [];
	let m = from.slice(0, 7);
	while (m <= to.slice(0, 7)) {
		out.push(m);
		m = addDaysTo(lastOfMonth(m), 1).slice(0, 7);
	}
	return out;
}

/** The days of a month that fall inside [from, to]. */
export function monthWithin(month: string, from: string, to: string): { from: string; to: string } {
	const first = `${month}-01`;
	const last = lastOfMonth(month);
	return { from: first < from ? from : first, to: last > to ? to : last };
}

/**
 * The days a month is cut to by a range, when it is: `from` when the range starts after the
 * 1st, `to` when it ends before the month's last day (a table says "Oct 2026, from Oct 27",
 * not a whole month's label over a few days).
 */
export function monthCut(month: string, from: string, to: string): { from?: string; to?: string } {
	const within = monthWithin(month, from, to);
	return {
		...(within.from !== `${month}-01` ? { from: within.from } : {}),
		...(within.to !== lastOfMonth(month) ? { to: within.to } : {})
	};
}

/** The first day of the week holding `day` (weekStartsOn: 0 Sunday, 1 Monday, 6 Saturday). */
export function weekStart(day: string, weekStartsOn: 0 | 1 | 6): string {
	const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
	return addDaysTo(day, -((weekday - weekStartsOn + 7) % 7));
}

/** At most this many weeks are charted: the latest ones of the period. */
export const MAX_WEEKS = 52;

/**
 * The weeks charted for a range: whole weeks by the user's week start, the
 * latest `MAX_WEEKS` of them, the first and last cut to the range.
 */
export function weeksOf(from: string, to: string, weekStartsOn: 0 | 1 | 6) {
	const weeks: { start: string; from: string; to: string }[] = [];
	let start = weekStart(to, weekStartsOn);
	while (weeks.length < MAX_WEEKS && addDaysTo(start, 6) >= from) {
		const end = addDaysTo(start, 6);
		weeks.unshift({ start, from: start < from ? from : start, to: end > to ? to : end });
		start = addDaysTo(start, -7);
	}
	return weeks;
}
