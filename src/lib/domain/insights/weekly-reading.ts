import { formatDay } from '../days';
import { INTERACTION_KIND_LABELS, INTERACTION_KINDS, type InteractionKind } from '../vocabulary';
import type { WeekActivity } from './charts';

/**
 * The weekly chart's one-sentence reading ('' when nothing was logged). `days`: how many days
 * of the period the weeks cover (the first and last week may be cut to the period), so the
 * pace is per seven days, and a period shorter than a week is said in days.
 */
export function describeWeekly(
	weeks: readonly WeekActivity[],
	locale?: string,
	days = weeks.length * 7
): string {
	const total = weeks.reduce((n, w) => n + w.total, 0);
	if (total === 0) return '';
	const count = (n: number) => n.toLocaleString('en');
	const name = (k: InteractionKind) => INTERACTION_KIND_LABELS[k].toLowerCase();
	const kinds = INTERACTION_KINDS.map((k) => ({ k, n: weeks.reduce((s, w) => s + w.counts[k], 0) }))
		.filter((x) => x.n > 0)
		// Stable: kinds logged as often keep the usual order.
		.sort((a, b) => b.n - a.n);
	const top = kinds[0]!;
	const busiest = weeks.reduce((a, b) => (b.total > a.total ? b : a));
	const began = formatDay(busiest.start, locale);
	if (total === 1) return `One ${name(top.k)}, in the week that began ${began}.`;

	const tied = kinds.filter((x) => x.n === top.n).map((x) => name(x.k));
	const mix =
		tied.length > 1
			? `${count(top.n)} each of ${tied.slice(0, -1).join(', ')} and ${tied.at(-1)}`
			: top.n * 2 > total
				? `most of them ${name(top.k)}s (${count(top.n)})`
				: `more ${name(top.k)}s than any other kind (${count(top.n)})`;
	if (days < 7) {
		return `${count(total)} interactions ${days === 1 ? 'in one day' : `over ${days} days`}, ${mix}.`;
	}
	const perWeek = (total * 7) / days;
	const pace = perWeek < 1 ? 'fewer than one a week' : `about ${count(Math.round(perWeek))} a week`;
	const span = weeks.length === 1 ? 'one week' : `${count(weeks.length)} weeks`;
	const peak =
		weeks.length === 1
			? ''
			: `; the ${weeks.filter((w) => w.total === busiest.total).length > 1 ? 'first of the busiest weeks' : 'busiest week'} began ${began} (${count(busiest.total)})`;
	return `${count(total)} interactions over ${span}, ${pace}, ${mix}${peak}.`;
}
