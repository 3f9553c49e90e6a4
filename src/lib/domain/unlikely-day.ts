import { FIRST_DAY, LAST_DAY } from './common';
import { addMonthsTo, wholeMonthsBetween } from './days';
import { plural } from './plural';

/**
 * What a date field holds, for how far from today a day may be before it looks like a
 * mistyped year (1925 for 2025, 2062 for 2026):
 * - `happened` (an interaction's or a give/receive's day, a referral's, "met on", a lead's
 *   first contact and its won/lost day): more than 30 years ago, or more than a year ahead.
 *   Any later day is refused on save already ("That date is in the future."); the note says
 *   it sooner, while the day is picked, when the year itself looks wrong.
 * - `planned` (a follow-up, another day to put something off to): more than 30 years ago,
 *   or more than 2 years ahead. A follow-up next year is ordinary; one in 2062 is a typo.
 */
export type DayKind = 'happened' | 'planned';

const PAST_MONTHS = 30 * 12;
const AHEAD_MONTHS: Record<DayKind, number> = { happened: 12, planned: 24 };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A short note under a date field when the day is so far from `today` that the year was
 * probably mistyped ("That is 101 years ago. Check the year."); undefined when it looks fine.
 * It never blocks saving: the day is valid, and the person may mean it. Days outside what
 * Rapport accepts (1900–2100) get no note: saving refuses them with its own message, and
 * they are what a date field holds while a year is being typed (0002, 0020, 0202, 2025).
 */
export function unlikelyDayNote(day: string, today: string, kind: DayKind): string | undefined {
	if (!DAY.test(day) || day < FIRST_DAY || day > LAST_DAY) return undefined;
	if (day < addMonthsTo(today, -PAST_MONTHS)) {
		const years = Math.floor(wholeMonthsBetween(day, today).months / 12);
		return `That is ${plural(years, 'year')} ago. Check the year.`;
	}
	if (day > addMonthsTo(today, AHEAD_MONTHS[kind])) {
		const years = Math.floor(wholeMonthsBetween(today, day).months / 12);
		return `That is ${plural(years, 'year')} from now. Check the year.`;
	}
	return undefined;
}
