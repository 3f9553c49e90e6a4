import { dueForTouch, newWithoutContact, type DueTouch } from '../domain/cadence';
import type { CalendarItem } from '../domain/calendar';
import { addDaysTo } from '../domain/days';
import type { Interaction } from '../domain/interaction';
import type { LedgerTotals } from '../domain/ledger';
import { ledgerOf } from '../domain/ledger-status';
import { peopleNames } from '../domain/names';
import type { Person } from '../domain/person';
import { reminderItems } from '../domain/reminders';
import type { Settings } from '../domain/settings';
import { firstDueRows, sortFollowUps } from '../domain/today';
import { db } from './database';
import { ledgerTotalsByPerson } from './repositories/exchanges';
import { hasLivePeople, peopleAddedSince } from './repositories/people';
import { getSettings } from './repositories/settings';
import { guarded } from './repository';

/**
 * Today's reads. Its lists show a dozen rows each and page the rest, so the
 * derived rows (small, behind indexes) are counted and sorted, and only the
 * people and interactions on screen are read — never all 10,000.
 */

/** How many rows of each paged list to read. */
export type TodayLimits = { followUps: number; due: number };

export type TodayData = {
	settings: Settings;
	/** Whether anyone (live) is in Rapport at all. */
	hasPeople: boolean;
	/** The first `limits.followUps` open follow-ups, soonest first. */
	followUps: Interaction[];
	/** All open follow-ups, and those whose day has come (for the icon badge). */
	followUpsTotal: number;
	followUpsDueNow: number;
	/** The first `limits.due` people due for a touch, most overdue first. */
	due: DueTouch[];
	dueTotal: number;
	/** The next day someone will be due for a touch after today, or null when nobody has a cadence. */
	nextDueOn: string | null;
	/** People added in the last 30 days with no interaction yet. */
	fresh: Person[];
	/** The people the follow-ups shown name. */
	names: Map<string, Person>;
	/** Follow-ups plus touches due in the next 60 days: what the calendar file holds. */
	remindersTotal: number;
};

const REMINDER_DAYS = 60;

export async function loadToday(today: string, limits: TodayLimits): Promise<TodayData> {
	const database = db();
	const [settings, hasPeople, dueRows, remindedDue, recent, openRows, next] = await Promise.all([
		getSettings(),
		hasLivePeople(),
		guarded(() => database.personDue.where('dueOn').belowOrEqual(today).toArray()),
		guarded(() =>
			database.personDue.where('dueOn').belowOrEqual(addDaysTo(today, REMINDER_DAYS)).count()
		),
		peopleAddedSince(addDaysTo(today, -31)),
		guarded(() => database.openFollowUps.toArray()),
		guarded(() => database.personDue.where('dueOn').above(today).first())
	]);
	const dueIds = firstDueRows(dueRows, limits.due).map((r) => r.personId);
	const followUpIds = sortFollowUps(openRows)
		.slice(0, limits.followUps)
		.map((r) => r.interactionId);
	const recentIds = recent.map((p) => p.id);
	const [duePeople, followUps, last] = await Promise.all([
		guarded(() => database.people.bulkGet(dueIds)),
		guarded(() => database.interactions.bulkGet(followUpIds)),
		guarded(() => database.lastContacts.bulkGet([...dueIds, ...recentIds]))
	]);
	const lastContact = new Map(last.filter((l) => l !== undefined).map((l) => [l.personId, l.date]));
	const shownFollowUps = followUps.filter((i): i is Interaction => i !== undefined);
	const nameIds = [...new Set(shownFollowUps.flatMap((i) => i.personIds))];
	const named = await guarded(() => database.people.bulkGet(nameIds));
	return {
		settings,
		hasPeople,
		followUps: shownFollowUps,
		followUpsTotal: openRows.length,
		followUpsDueNow: openRows.filter((r) => r.followUpOn <= today).length,
		due: dueForTouch(present(duePeople), lastContact, today).slice(0, limits.due),
		dueTotal: dueRows.length,
		nextDueOn: next?.dueOn ?? null,
		fresh: newWithoutContact(recent, lastContact, today),
		// Only people still here: a follow-up shared with someone deleted names the others.
		names: new Map(
			present(named)
				.filter(isHere)
				.map((p) => [p.id, p])
		),
		remindersTotal: openRows.length + remindedDue
	};
}

export type GiveBackData = {
	settings: Settings;
	/** Only the people the give-back lists can show: owed, mentors, followed. */
	people: Person[];
	/** Each person's give-and-take sums (derived rows; no exchange is read). */
	ledgerTotals: Map<string, LedgerTotals>;
};

/** Whom you owe (from the small per-person totals), mentors, and the people you follow. */
export async function loadGiveBack(): Promise<GiveBackData> {
	const database = db();
	const [settings, ledgerTotals, mentorIds, followedIds] = await Promise.all([
		getSettings(),
		ledgerTotalsByPerson(),
		guarded(() => database.people.where('roles').equals('mentor').primaryKeys()),
		guarded(() => database.people.where('connection').equals('following').primaryKeys())
	]);
	const ids = new Set([...mentorIds, ...followedIds]);
	for (const row of ledgerTotals.values()) {
		if (ledgerOf(row, settings).status === 'you-owe') ids.add(row.personId);
	}
	const people = await guarded(() => database.people.bulkGet([...ids]));
	return { settings, people: present(people), ledgerTotals };
}

/** Every follow-up and every touch due in the next 60 days, for the calendar file. */
export async function loadReminders(today: string): Promise<CalendarItem[]> {
	const database = db();
	const until = addDaysTo(today, REMINDER_DAYS);
	const [openRows, dueRows] = await Promise.all([
		guarded(() => database.openFollowUps.toArray()),
		guarded(() => database.personDue.where('dueOn').belowOrEqual(until).toArray())
	]);
	const followUps = present(
		await guarded(() =>
			database.interactions.bulkGet(sortFollowUps(openRows).map((r) => r.interactionId))
		)
	);
	const ids = [
		...new Set([...dueRows.map((r) => r.personId), ...followUps.flatMap((i) => i.personIds)])
	];
	const [people, last] = await Promise.all([
		guarded(() => database.people.bulkGet(ids)),
		guarded(() => database.lastContacts.bulkGet(dueRows.map((r) => r.personId)))
	]);
	const byId = new Map(
		present(people)
			.filter(isHere)
			.map((p) => [p.id, p])
	);
	const lastContact = new Map(last.filter((l) => l !== undefined).map((l) => [l.personId, l.date]));
	const due = dueForTouch(
		dueRows.map((r) => byId.get(r.personId)).filter((p): p is Person => p !== undefined),
		lastContact,
		today,
		until
	);
	const namesOf = (ids: string[]) =>
		peopleNames(
			ids.filter((id) => byId.has(id)),
			byId
		);
	return reminderItems(followUps, due, namesOf, today);
}

const isHere = (p: Person) => p.deletedAt === null;

function present<T>(rows: (T | undefined)[]): T[] {
	return rows.filter((r): r is T => r !== undefined);
}
