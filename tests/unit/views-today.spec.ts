import { describe, expect, it } from 'vitest';
import { replaceAllData } from '../../src/lib/db/dataset';
import {
	addInteraction,
	getInteraction,
	moveFollowUp,
	updateInteraction
} from '../../src/lib/db/repositories/interactions';
import { getPerson, putOffTouch, updatePerson } from '../../src/lib/db/repositories/people';
import { loadGiveBack, loadReminders, loadToday } from '../../src/lib/db/views-today';
import { dueForTouch, newWithoutContact } from '../../src/lib/domain/cadence';
import { lastContactsOf } from '../../src/lib/domain/derived';
import { insightPrompts, mentorsToGiveTo, youOwe } from '../../src/lib/domain/ledger-today';
import { ledgerTotalsByPerson } from '../../src/lib/domain/ledger';
import { peopleNames } from '../../src/lib/domain/names';
import { reminderItems } from '../../src/lib/domain/reminders';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import { firstDueRows, sortFollowUps } from '../../src/lib/domain/today';
import { defaultSettings } from '../../src/lib/domain/settings';
import { personSchema, type Person } from '../../src/lib/domain/person';
import { interactionDraft, personDraft } from './factories';

const FIRST = { followUps: 12, due: 12 };

const TODAY = '2026-11-23';
const LONG_AGO = '2025-01-01T09:00:00.000Z';

function person(id: string, name: string, more: Partial<Person> = {}): Person {
	return personSchema.parse({
		...personDraft({ name }),
		id,
		createdAt: LONG_AGO,
		updatedAt: LONG_AGO,
		deletedAt: null,
		...more
	});
}

describe('loadToday', () => {
	it('gives the same first rows, counts and lists as reading everyone would', async () => {
		const everyone = [
			person('quiet', 'Quiet, no cadence'),
			person('later', 'Due much later', { cadenceDays: 365, metOn: '2026-11-01' }),
			person('overdue', 'Overdue', { cadenceDays: 30 }),
			person('soon', 'Due in a month', { cadenceDays: 30, metOn: '2026-11-20' }),
			person('archived', 'Archived', { cadenceDays: 30, archived: true }),
			person('gone', 'Deleted', { cadenceDays: 30, deletedAt: LONG_AGO }),
			person('new', 'Added this week', {
				createdAt: '2026-11-20T09:00:00.000Z',
				updatedAt: '2026-11-20T09:00:00.000Z'
			}),
			person('asked', 'Follow-up with'),
			person('mentor', 'A mentor', { roles: ['mentor'] }),
			person('followed', 'Followed from afar', { connection: 'following' })
		];
		await replaceAllData({
			settings: defaultSettings(LONG_AGO),
			people: everyone,
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		await addInteraction(
			interactionDraft(['asked'], { date: '2025-06-01', followUpOn: '2025-06-08' })
		);

		const today = await loadToday(TODAY, FIRST);
		expect(today.hasPeople).toBe(true);
		expect(today.followUps.map((f) => f.personIds)).toEqual([['asked']]);
		expect(today.followUpsTotal).toBe(1);
		expect(today.followUpsDueNow).toBe(1);
		expect([...today.names.keys()]).toEqual(['asked']);

		const all = new Map([['asked', '2025-06-01']]);
		const due = dueForTouch(everyone, all, TODAY);
		expect(due.map((d) => d.person.id)).toEqual(['overdue']);
		expect(today.due).toEqual(due);
		expect(today.dueTotal).toBe(1);
		expect(today.fresh).toEqual(newWithoutContact(everyone, all, TODAY));
		expect(today.fresh.map((p) => p.id)).toEqual(['new']);
		// One follow-up, and two touches due within 60 days ('soon' is due 2026-12-20).
		expect(today.remindersTotal).toBe(3);
	});

	it('at any page size, shows exactly the first rows of the full lists, with their totals', async () => {
		const data = generateSampleData({
			today: TODAY,
			seed: 7,
			size: { people: 400, organisations: 8, interactions: 1500, exchanges: 300, leads: 10 }
		});
		await replaceAllData(data);
		const last = lastContactsOf(data.interactions, data.exchanges);
		const due = dueForTouch(data.people, last, TODAY);
		const open = data.interactions
			.filter((i) => i.deletedAt === null && i.followUpOn !== null && !i.followUpDone)
			.sort((a, b) => a.followUpOn!.localeCompare(b.followUpOn!) || (a.id < b.id ? -1 : 1));
		// Ties on the same due day at the page boundary are broken by name, as on the full list.
		expect(due.length).toBeGreaterThan(60);
		expect(open.length).toBeGreaterThan(12);
		for (const limit of [0, 1, 5, 12, 62, 10_000]) {
			const today = await loadToday(TODAY, { followUps: limit, due: limit });
			expect(today.due).toEqual(due.slice(0, limit));
			expect(today.dueTotal).toBe(due.length);
			expect(today.followUps.map((i) => i.id)).toEqual(open.slice(0, limit).map((i) => i.id));
			expect(today.followUpsTotal).toBe(open.length);
			expect(today.followUpsDueNow).toBe(open.filter((i) => i.followUpOn! <= TODAY).length);
		}
		expect((await loadToday(TODAY, FIRST)).fresh).toEqual(
			newWithoutContact(data.people, last, TODAY)
		);

		// The calendar file: every follow-up and every touch due in 60 days, as from everyone.
		const byId = new Map(data.people.map((p) => [p.id, p]));
		const expected = reminderItems(
			open,
			dueForTouch(data.people, last, TODAY, '2027-01-22'),
			(ids) => peopleNames(ids, byId),
			TODAY
		);
		const reminders = await loadReminders(TODAY);
		expect(reminders).toEqual(expected);
		expect((await loadToday(TODAY, FIRST)).remindersTotal).toBe(expected.length);

		// The give-back lists from their subset equal those from everyone.
		const giveBack = await loadGiveBack();
		const totals = new Map(ledgerTotalsByPerson(data.exchanges).map((t) => [t.personId, t]));
		const rules = data.settings;
		expect(youOwe(giveBack.people, giveBack.ledgerTotals, rules)).toEqual(
			youOwe(data.people, totals, rules)
		);
		expect(mentorsToGiveTo(giveBack.people, giveBack.ledgerTotals, TODAY, 30)).toEqual(
			mentorsToGiveTo(data.people, totals, TODAY, 30)
		);
		expect(insightPrompts(giveBack.people, giveBack.ledgerTotals, TODAY, 30)).toEqual(
			insightPrompts(data.people, totals, TODAY, 30)
		);
		expect(youOwe(data.people, totals, rules).length).toBeGreaterThan(10);
		expect(giveBack.people.length).toBeLessThan(data.people.length);
	});

	it('follows a cadence change at once (the due index is kept in the same write)', async () => {
		await replaceAllData({
			settings: defaultSettings(LONG_AGO),
			people: [person('p', 'Pat')],
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		expect((await loadToday(TODAY, FIRST)).dueTotal).toBe(0);
		await updatePerson('p', { cadenceDays: 14 });
		const today = await loadToday(TODAY, FIRST);
		expect(today.due.map((d) => d.person.id)).toEqual(['p']);
		expect(today.dueTotal).toBe(1);
	});

	it('says when the next touch is due, and null when nobody has a cadence', async () => {
		const data = (people: Person[]) => ({
			settings: defaultSettings(LONG_AGO),
			people,
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		await replaceAllData(data([person('quiet', 'No cadence')]));
		expect((await loadToday(TODAY, FIRST)).nextDueOn).toBeNull();
		await replaceAllData(
			data([
				person('quiet', 'No cadence'),
				person('later', 'Due in a year', { cadenceDays: 365, metOn: '2026-11-01' }),
				person('soon', 'Due in a month', { cadenceDays: 30, metOn: '2026-11-20' }),
				person('archived', 'Archived', { cadenceDays: 7, metOn: '2026-11-22', archived: true })
			])
		);
		const today = await loadToday(TODAY, FIRST);
		expect(today.dueTotal).toBe(0);
		expect(today.nextDueOn).toBe('2026-12-20');
	});

	it('knows when nobody is left', async () => {
		await replaceAllData({
			settings: defaultSettings(LONG_AGO),
			people: [person('gone', 'Gone', { deletedAt: LONG_AGO })],
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		expect((await loadToday(TODAY, FIRST)).hasPeople).toBe(false);
	});
});

describe('which rows Today reads', () => {
	const row = (personId: string, dueOn: string) => ({ personId, dueOn });

	it('takes the earliest due days, and every row that ties with the last one', () => {
		const rows = [
			row('e', '2026-11-05'),
			row('a', '2026-11-01'),
			row('c', '2026-11-03'),
			row('d', '2026-11-03'),
			row('b', '2026-11-02'),
			row('f', '2026-11-03')
		];
		expect(firstDueRows(rows, 2).map((r) => r.personId)).toEqual(['a', 'b']);
		expect(firstDueRows(rows, 3).map((r) => r.personId)).toEqual(['a', 'b', 'c', 'd', 'f']);
		expect(firstDueRows(rows, 6)).toHaveLength(6);
		expect(firstDueRows(rows, 0)).toEqual([]);
		expect(firstDueRows([], 3)).toEqual([]);
	});

	it('orders follow-ups by day, then by id', () => {
		const f = (interactionId: string, followUpOn: string) => ({ interactionId, followUpOn });
		expect(
			sortFollowUps([f('b', '2026-01-02'), f('c', '2026-01-01'), f('a', '2026-01-02')]).map(
				(r) => r.interactionId
			)
		).toEqual(['c', 'a', 'b']);
	});
});

describe('putting off a touch', () => {
	it('takes the person off Today until the day chosen, lapses on contact, and undoes', async () => {
		await replaceAllData({
			settings: defaultSettings(LONG_AGO),
			people: [
				person('dana', 'Dana', { cadenceDays: 30, metOn: '2026-10-01' }),
				person('eli', 'Eli', { cadenceDays: 30, metOn: '2026-10-02' })
			],
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		const names = async (day: string) =>
			(await loadToday(day, FIRST)).due.map((d) => d.person.name);
		expect(await names(TODAY)).toEqual(['Dana', 'Eli']);

		const undo = await putOffTouch('dana', '2026-11-30');
		expect(await names(TODAY)).toEqual(['Eli']);
		expect((await loadToday(TODAY, FIRST)).dueTotal).toBe(1);
		const back = await loadToday('2026-11-30', FIRST);
		expect(back.due.find((d) => d.person.name === 'Dana')).toMatchObject({
			dueOn: '2026-11-30',
			overdueDays: 0
		});
		// The calendar file has it on its new day.
		const reminders = await loadReminders(TODAY);
		expect(reminders.filter((r) => r.title.includes('Dana')).map((r) => r.day)).toEqual([
			'2026-11-30'
		]);

		await undo();
		expect(await names(TODAY)).toEqual(['Dana', 'Eli']);
		// An undo after the touch was put off again leaves the newer day.
		const first = await putOffTouch('dana', '2026-11-30');
		await putOffTouch('dana', '2026-12-05');
		await first();
		expect((await getPerson('dana'))?.touchSnooze?.until).toBe('2026-12-05');
		await updatePerson('dana', { touchSnooze: null });

		// Put off again, then a contact: the cadence counts from the contact, and the put-off day
		// no longer holds.
		await putOffTouch('dana', '2027-02-01');
		await addInteraction(interactionDraft(['dana'], { date: '2026-11-23' }));
		expect((await loadToday('2026-12-23', FIRST)).due.map((d) => d.person.name)).toContain('Dana');
	});

	it('refuses someone with no cadence, and changes nothing', async () => {
		await replaceAllData({
			settings: defaultSettings(LONG_AGO),
			people: [person('quiet', 'Quiet')],
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		await expect(putOffTouch('quiet', '2026-12-01')).rejects.toThrow(
			/^Quiet is not due for a touch: they have no keep-in-touch cadence, or are archived or only followed\.$/
		);
		expect((await getPerson('quiet'))?.touchSnooze).toBeNull();
	});

	it('refuses a day that is not later than the touch is due, and an edit of the cadence ends it', async () => {
		await replaceAllData({
			settings: defaultSettings(LONG_AGO),
			people: [person('dana', 'Dana', { cadenceDays: 30, metOn: '2026-10-01' })],
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		// Due on 31 October.
		await expect(putOffTouch('dana', '2026-10-31')).rejects.toThrow(
			/^Dana is due on .+ now: choose a later day to put it off to\.$/
		);
		expect((await getPerson('dana'))?.touchSnooze).toBeNull();

		await putOffTouch('dana', '2027-01-15');
		const names = async (day: string) =>
			(await loadToday(day, FIRST)).due.map((d) => d.person.name);
		expect(await names(TODAY)).toEqual([]);
		// Another cadence, then the old one again: the cadence counts again, the put-off day is gone.
		await updatePerson('dana', { cadenceDays: 14 });
		await updatePerson('dana', { cadenceDays: 30 });
		expect((await getPerson('dana'))?.touchSnooze).toBeNull();
		expect(await names(TODAY)).toEqual(['Dana']);
		// Other edits keep it.
		await putOffTouch('dana', '2027-01-15');
		await updatePerson('dana', { title: 'Founder' });
		expect((await getPerson('dana'))?.touchSnooze).toMatchObject({ until: '2027-01-15' });
	});
});

describe('putting off a follow-up', () => {
	it('moves it, and undo gives its day back unless it was changed again since', async () => {
		await replaceAllData({
			settings: defaultSettings(LONG_AGO),
			people: [person('dana', 'Dana')],
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		const coffee = await addInteraction(interactionDraft(['dana'], { followUpOn: '2026-11-20' }));
		const undo = await moveFollowUp(coffee.id, '2026-11-27');
		expect((await getInteraction(coffee.id))?.followUpOn).toBe('2026-11-27');
		await undo();
		expect((await getInteraction(coffee.id))?.followUpOn).toBe('2026-11-20');

		const again = await moveFollowUp(coffee.id, '2026-11-27');
		await updateInteraction(coffee.id, { followUpOn: '2026-12-24' });
		await again();
		expect((await getInteraction(coffee.id))?.followUpOn).toBe('2026-12-24');
	});
});
