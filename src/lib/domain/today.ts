import type { OpenFollowUp, PersonDue } from './derived';

/**
 * Which derived rows Today reads people and interactions for: it shows the
 * first few of each list, so only those are read, never the thousands behind
 * them.
 */

/**
 * The due rows needed to show the first `limit` touches in Today's order
 * (most overdue first, then by name): the `limit` earliest due dates, plus
 * every row that shares the last of those dates, since names break that tie.
 */
export function firstDueRows(rows: readonly PersonDue[], limit: number): PersonDue[] {
	const sorted = [...rows].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
	if (sorted.length <= limit) return sorted;
	if (limit <= 0) return [];
	const last = sorted[limit - 1]!.dueOn;
	let end = limit;
	while (end < sorted.length && sorted[end]!.dueOn === last) end += 1;
	return sorted.slice(0, end);
}

/** Open follow-ups in Today's order: soonest first, then by interaction id (stable). */
export function sortFollowUps(rows: readonly OpenFollowUp[]): OpenFollowUp[] {
	return [...rows].sort(
		(a, b) =>
			a.followUpOn.localeCompare(b.followUpOn) ||
			(a.interactionId < b.interactionId ? -1 : a.interactionId > b.interactionId ? 1 : 0)
	);
}
