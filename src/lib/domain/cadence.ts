import { addDaysTo, dayOfTimestamp, daysBetween } from './days';
import type { Person } from './person';
import { compareNames } from './names';

export type DueTouch = {
	person: Person;
	lastContactOn: string | null;
	dueOn: string;
	/** Days past the due date (0 when due today). */
	overdueDays: number;
};

/**
 * When a person's cadence makes them due for a touch: their cadence after the last contact,
 * or after the day you met (or added them) when there has been none. People without a
 * cadence are never due: keeping in touch is opt-in per person. Nor are people you only
 * follow (no relationship to keep warm) or archived ones.
 */
export function cadenceDueOn(
	person: Pick<Person, 'cadenceDays' | 'metOn' | 'createdAt' | 'connection' | 'archived'>,
	lastContactOn: string | null
): string | null {
	if (person.cadenceDays === null || person.connection === 'following' || person.archived) {
		return null;
	}
	const since = lastContactOn ?? person.metOn ?? dayOfTimestamp(person.createdAt);
	return addDaysTo(since, person.cadenceDays);
}

/**
 * When a person is next due for a touch: when their cadence says (`cadenceDueOn`), or later
 * when that touch was put off. Today, the People list and the person's page agree on it.
 */
export function nextDueOn(
	person: Pick<Person, 'cadenceDays' | 'metOn' | 'createdAt' | 'connection' | 'archived'> & {
		// Missing on people stored before touches could be put off.
		touchSnooze?: Person['touchSnooze'];
	},
	lastContactOn: string | null
): string | null {
	const due = cadenceDueOn(person, lastContactOn);
	const snooze = person.touchSnooze;
	return due !== null && snooze && snooze.from === due && snooze.until > due ? snooze.until : due;
}

/** What a person's cadence is counted from, apart from their contacts. */
const CADENCE_FIELDS = ['cadenceDays', 'metOn', 'connection', 'archived'] as const;

/**
 * A person about to be saved, without a put-off touch that an edit of their cadence (or of what
 * it counts from) ends: "change the cadence and it counts again", even if changed back later.
 * A write that sets the put-off touch itself keeps it.
 */
export function withoutStaleSnooze<
	P extends Pick<Person, (typeof CADENCE_FIELDS)[number]> & { touchSnooze?: Person['touchSnooze'] }
>(next: P, previous: P): P {
	if (!next.touchSnooze || next.touchSnooze !== previous.touchSnooze) return next;
	const changed = CADENCE_FIELDS.some((field) => next[field] !== previous[field]);
	return changed ? { ...next, touchSnooze: null } : next;
}

/**
 * Live, unarchived people whose next touch is due on or before `today`, most
 * overdue first. People you only follow (they may not know you yet) are left
 * out: there is no relationship to keep warm, only work to follow.
 */
export function dueForTouch(
	people: readonly Person[],
	lastContact: ReadonlyMap<string, string>,
	today: string,
	/** Include touches due up to this day (for calendar reminders); today by default. */
	until: string = today
): DueTouch[] {
	const due: DueTouch[] = [];
	for (const person of people) {
		if (person.deletedAt !== null) continue;
		const lastContactOn = lastContact.get(person.id) ?? null;
		const dueOn = nextDueOn(person, lastContactOn);
		if (dueOn === null || dueOn > until) continue;
		due.push({ person, lastContactOn, dueOn, overdueDays: daysBetween(dueOn, today) });
	}
	return due.sort(
		(a, b) => b.overdueDays - a.overdueDays || compareNames(a.person.name, b.person.name)
	);
}

/** People added within `withinDays` with no contact yet (interaction, give or receive): worth a first hello. */
export function newWithoutContact(
	people: readonly Person[],
	lastContact: ReadonlyMap<string, string>,
	today: string,
	withinDays = 30
): Person[] {
	const since = addDaysTo(today, -withinDays);
	return people
		.filter(
			(p) =>
				p.deletedAt === null &&
				!p.archived &&
				!lastContact.has(p.id) &&
				dayOfTimestamp(p.createdAt) >= since
		)
		.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
