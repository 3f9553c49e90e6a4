import { addDaysTo } from './days';
import type { Interaction } from './interaction';

/**
 * What networking costs in time: every interaction's duration, valued later at
 * the hourly rate (see ledger-value). Tombstoned interactions never count.
 */
export type TimeSpent = { count: number; minutes: number };

export function timeSpent(interactions: readonly Interaction[]): TimeSpent {
	let count = 0;
	let minutes = 0;
	for (const i of interactions) {
		if (i.deletedAt !== null) continue;
		count++;
		minutes += i.durationMinutes;
	}
	return { count, minutes };
}

/** The first day of this week (weekStartsOn: 0 Sunday, 1 Monday, 6 Saturday), month and year. */
export function periodStarts(today: string, weekStartsOn: 0 | 1 | 6) {
	const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
	const back = (weekday - weekStartsOn + 7) % 7;
	return {
		week: addDaysTo(today, -back),
		month: `${today.slice(0, 7)}-01`,
		year: `${today.slice(0, 4)}-01-01`
	};
}

/** Time spent this week, this month and this year (up to today). */
export function timeByPeriod(
	interactions: readonly Interaction[],
	today: string,
	weekStartsOn: 0 | 1 | 6
): Record<'week' | 'month' | 'year', TimeSpent> {
	const starts = periodStarts(today, weekStartsOn);
	const inRange = (from: string) =>
		timeSpent(interactions.filter((i) => i.date >= from && i.date <= today));
	return { week: inRange(starts.week), month: inRange(starts.month), year: inRange(starts.year) };
}
