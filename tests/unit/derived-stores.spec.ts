import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db, resetDbForTests } from '../../src/lib/db/database';
import { replaceAllData } from '../../src/lib/db/dataset';
import { RecordNotFoundError, RefusedError, ValidationError } from '../../src/lib/db/errors';
import {
	addInteraction,
	deleteInteraction,
	lastContactByPerson,
	restoreInteraction,
	updateInteraction
} from '../../src/lib/db/repositories/interactions';
import {
	addExchange,
	deleteExchange,
	restoreExchange,
	updateExchange
} from '../../src/lib/db/repositories/exchanges';
import { addLead, deleteLead, restoreLead, updateLead } from '../../src/lib/db/repositories/leads';
import {
	addPerson,
	deletePerson,
	restorePerson,
	putOffTouch,
	updatePerson
} from '../../src/lib/db/repositories/people';
import { derivedRows } from '../../src/lib/domain/derived';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import { newestContactDays } from './contact-truth';
import { exchangeDraft, interactionDraft, personDraft } from './factories';

/** The truth, from every interaction: follow-ups set, not done, on live ones with someone live. */
async function openRecomputed() {
	const [all, people] = await Promise.all([db().interactions.toArray(), db().people.toArray()]);
	const live = new Set(people.filter((p) => p.deletedAt === null).map((p) => p.id));
	return all
		.filter((i) => i.deletedAt === null && i.followUpOn !== null && !i.followUpDone)
		.filter((i) => i.personIds.some((id) => live.has(id)))
		.map((i) => ({ interactionId: i.id, followUpOn: i.followUpOn }))
		.sort((a, b) => (a.interactionId < b.interactionId ? -1 : 1));
}

/** The truth, from every person, interaction and exchange: who can be due, and when. */
async function dueRecomputed() {
	const [people, interactions, exchanges] = await Promise.all([
		db().people.toArray(),
		db().interactions.toArray(),
		db().exchanges.toArray()
	]);
	return derivedRows(people, interactions, exchanges).dues.sort((a, b) =>
		a.personId < b.personId ? -1 : 1
	);
}

const day = fc
	.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const who = fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 });
const followUp = fc.record({ followUpOn: fc.option(day), followUpDone: fc.boolean() });
const step = fc.oneof(
	fc.record({ op: fc.constant('add' as const), date: day, who, followUp }),
	fc.record({ op: fc.constant('edit' as const), at: fc.nat(), date: day, who, followUp }),
	fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('restore' as const), at: fc.nat() }),
	// Gives and receives are contacts too: add, move (day, person, or only what it was), delete, undo.
	fc.record({ op: fc.constant('give' as const), n: fc.integer({ min: 0, max: 3 }), date: day }),
	fc.record({
		op: fc.constant('giveEdit' as const),
		at: fc.nat(),
		n: fc.integer({ min: 0, max: 3 }),
		date: day,
		only: fc.constantFrom('day', 'person', 'kind')
	}),
	fc.record({ op: fc.constant('giveDelete' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('giveRestore' as const), at: fc.nat() }),
	fc.record({
		op: fc.constant('person' as const),
		n: fc.integer({ min: 0, max: 3 }),
		cadenceDays: fc.option(fc.integer({ min: 1, max: 400 })),
		archived: fc.boolean(),
		connection: fc.constantFrom('mutual' as const, 'following' as const),
		remove: fc.constantFrom('no', 'delete', 'restore')
	}),
	fc.record({
		op: fc.constant('putOff' as const),
		n: fc.integer({ min: 0, max: 3 }),
		// Later than any day a cadence of up to 400 days can give from the days above.
		until: fc
			.date({ min: new Date('2028-03-01'), max: new Date('2029-12-31'), noInvalidDate: true })
			.map((d) => d.toISOString().slice(0, 10))
	})
);

describe('derived stores: last contact, open follow-ups, next touch due', () => {
	it('moves back when the newest interaction is edited away, deleted, and forward on undo', async () => {
		const a = await addPerson(personDraft({ name: 'A' }));
		const b = await addPerson(personDraft({ name: 'B' }));
		await addInteraction(interactionDraft([a.id], { date: '2026-01-05' }));
		const newest = await addInteraction(interactionDraft([a.id, b.id], { date: '2026-02-10' }));
		expect(await lastContactByPerson()).toEqual(
			new Map([
				[a.id, '2026-02-10'],
				[b.id, '2026-02-10']
			])
		);
		await updateInteraction(newest.id, { personIds: [b.id] });
		expect((await lastContactByPerson()).get(a.id)).toBe('2026-01-05');
		await deleteInteraction(newest.id);
		expect((await lastContactByPerson()).has(b.id)).toBe(false);
		await restoreInteraction(newest.id);
		expect((await lastContactByPerson()).get(b.id)).toBe('2026-02-10');
	});

	it('a referral received on a lead is a contact with the referrer, until the lead is deleted', async () => {
		const rosa = await addPerson(personDraft({ name: 'Rosa', cadenceDays: 30 }));
		await addInteraction(interactionDraft([rosa.id], { date: '2026-01-05' }));
		const lead = await addLead({
			title: 'Website',
			channel: 'referral',
			referrerId: rosa.id,
			firstContactOn: '2026-02-10'
		});
		expect((await lastContactByPerson()).get(rosa.id)).toBe('2026-02-10');
		expect((await db().personDue.get(rosa.id))?.dueOn).toBe('2026-03-12');
		await updateLead(lead.id, { firstContactOn: '2026-02-20' });
		expect((await lastContactByPerson()).get(rosa.id)).toBe('2026-02-20');
		await deleteLead(lead.id);
		expect((await lastContactByPerson()).get(rosa.id)).toBe('2026-01-05');
		expect((await db().personDue.get(rosa.id))?.dueOn).toBe('2026-02-04');
		await restoreLead(lead.id);
		expect((await lastContactByPerson()).get(rosa.id)).toBe('2026-02-20');
	});

	it('take a follow-up off when everyone in it is deleted, and back on undo', async () => {
		const sam = await addPerson(personDraft({ name: 'Sam' }));
		const grace = await addPerson(personDraft({ name: 'Grace' }));
		const alone = await addInteraction(interactionDraft([sam.id], { followUpOn: '2026-12-01' }));
		const both = await addInteraction(
			interactionDraft([sam.id, grace.id], { followUpOn: '2026-12-02' })
		);
		const open = async () =>
			(await db().openFollowUps.toArray())
				.sort((a, b) => a.followUpOn.localeCompare(b.followUpOn))
				.map((r) => r.interactionId);
		expect(await open()).toEqual([alone.id, both.id]);
		await deletePerson(sam.id);
		// Grace is still there to follow up with.
		expect(await open()).toEqual([both.id]);
		await restorePerson(sam.id);
		expect(await open()).toEqual([alone.id, both.id]);
		await deletePerson(sam.id);
		await deletePerson(grace.id);
		expect(await open()).toEqual([]);
	});

	it('equal a full recompute after any sequence of adds, edits, deletes and undos', async () => {
		let putOffInEffect = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
				await resetDbForTests();
				const people: string[] = [];
				for (let n = 0; n < 4; n++) {
					people.push((await addPerson(personDraft({ name: `P${n}`, cadenceDays: 30 }))).id);
				}
				const ids: string[] = [];
				const gives: string[] = [];
				const deleted = new Set<string>();
				const applyStep = async (s: (typeof steps)[number]) => {
					const target = ids.length ? ids[('at' in s ? s.at : 0) % ids.length] : undefined;
					const give = gives.length ? gives[('at' in s ? s.at : 0) % gives.length] : undefined;
					const personIds = 'who' in s ? s.who.map((n) => people[n]!) : [];
					if (s.op === 'give') {
						gives.push((await addExchange(exchangeDraft(people[s.n]!, { date: s.date }))).id);
					} else if (s.op === 'giveEdit' && give) {
						const patch =
							s.only === 'day'
								? { date: s.date }
								: s.only === 'person'
									? { personId: people[s.n]! }
									: { kind: 'favour' as const };
						await updateExchange(give, patch);
					} else if (s.op === 'giveDelete' && give) {
						await deleteExchange(give);
					} else if (s.op === 'giveRestore' && give) {
						await restoreExchange(give);
					} else if (s.op === 'add') {
						ids.push(
							(await addInteraction(interactionDraft(personIds, { date: s.date, ...s.followUp })))
								.id
						);
					} else if (s.op === 'person') {
						const id = people[s.n]!;
						if (s.remove === 'delete') await deletePerson(id);
						else if (s.remove === 'restore') await restorePerson(id);
						else if ((await db().people.get(id))?.deletedAt === null) {
							const { cadenceDays, archived, connection } = s;
							await updatePerson(id, { cadenceDays, archived, connection });
						}
					} else if (s.op === 'putOff') {
						// Someone with no cadence (or archived, or only followed) is refused.
						await putOffTouch(people[s.n]!, s.until).catch((e: unknown) => {
							if (!(e instanceof RefusedError)) throw e;
						});
					} else if (target && s.op === 'edit' && !deleted.has(target)) {
						await updateInteraction(target, { personIds, date: s.date, ...s.followUp });
					} else if (target && s.op === 'delete') {
						await deleteInteraction(target);
						deleted.add(target);
					} else if (target && s.op === 'restore') {
						await restoreInteraction(target);
						deleted.delete(target);
					}
				};
				for (const s of steps) {
					// A refused write (a deleted person, a deleted interaction) must leave them in step too.
					await applyStep(s).catch((e: unknown) => {
						if (!(e instanceof ValidationError || e instanceof RecordNotFoundError)) throw e;
					});
				}
				expect(await lastContactByPerson()).toEqual(await newestContactDays());
				expect(await db().openFollowUps.orderBy('interactionId').toArray()).toEqual(
					await openRecomputed()
				);
				const due = await db().personDue.orderBy('personId').toArray();
				expect(due).toEqual(await dueRecomputed());
				const snoozes = (await db().people.toArray()).map((p) => p.touchSnooze?.until);
				if (due.some((d) => snoozes.includes(d.dueOn))) putOffInEffect++;
			}),
			{ numRuns: 40 }
		);
		// The runs did put touches off, not only try to.
		expect(putOffInEffect).toBeGreaterThan(0);
	});

	it('is rebuilt when a whole dataset is loaded', async () => {
		await replaceAllData(generateSampleData({ today: '2026-11-23' }));
		const last = await lastContactByPerson();
		expect(last.size).toBeGreaterThan(10);
		expect(last).toEqual(await newestContactDays());
		const open = await db().openFollowUps.orderBy('interactionId').toArray();
		expect(open.length).toBeGreaterThan(0);
		expect(open).toEqual(await openRecomputed());
		const dues = await db().personDue.orderBy('personId').toArray();
		expect(dues.length).toBeGreaterThan(10);
		expect(dues).toEqual(await dueRecomputed());
	});
});
