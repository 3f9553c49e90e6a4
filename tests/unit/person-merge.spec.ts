import { describe, expect, it } from 'vitest';
import { readAllData } from '../../src/lib/db/backup';
import { replaceAllData } from '../../src/lib/db/dataset';
import { RefusedError } from '../../src/lib/db/errors';
import { mergePeople, mergePreview } from '../../src/lib/db/person-merge';
import {
	addInteraction,
	deleteInteraction,
	restoreInteraction
} from '../../src/lib/db/repositories/interactions';
import { addLead } from '../../src/lib/db/repositories/leads';
import {
	addOrganisation,
	deleteUnusedOrganisation
} from '../../src/lib/db/repositories/organisations';
import {
	addPerson,
	deletePerson,
	getPerson,
	updatePerson
} from '../../src/lib/db/repositories/people';
import { db } from '../../src/lib/db/database';
import type { SavedView } from '../../src/lib/domain/filters/schema';
import { movedIds, savedViewsMoved } from '../../src/lib/domain/merge';
import {
	alsoRecorded,
	mergedPerson,
	mergeSummary,
	otherRecordName,
	PERSON_FILTER_FIELDS,
	personMergeCaution,
	templatesMoved
} from '../../src/lib/domain/person-merge';
import type { Person } from '../../src/lib/domain/person';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import type { RecordTemplate } from '../../src/lib/domain/templates';
import { interactionDraft, personDraft, storedPerson } from './factories';
import { derivedStores, rebuiltStores, unstamped } from './merge-helpers';

describe('the person kept by a merge', () => {
	const keep = storedPerson({
		name: 'Dana Whitfield',
		title: 'Founder',
		emails: ['dana@whitfield.studio'],
		phones: ['+44 20 7946 0000'],
		tags: ['design'],
		roles: ['client'],
		connection: 'following',
		metOn: '2025-05-01',
		notes: 'Met at the Leeds meetup.',
		introducedById: null
	});
	const gone = storedPerson({
		name: 'Dana W.',
		title: 'CEO',
		location: 'Leeds',
		emails: ['DANA@whitfield.studio', 'dana@gmail.com'],
		phones: ['+44 (20) 7946-0000', '07700 900123'],
		tags: ['Design', 'leeds'],
		roles: ['connector', 'client'],
		connection: 'mutual',
		metOn: '2024-11-12',
		notes: 'Prefers calls.',
		goals: 'Grow the studio to five people.',
		cadenceDays: 60,
		introducedById: 'x'
	});

	it('joins lists without repeats, keeps both notes, and fills only empty one-line fields', () => {
		const merged = mergedPerson(keep, gone);
		expect(merged).toMatchObject({
			name: 'Dana Whitfield',
			title: 'Founder',
			location: 'Leeds',
			emails: ['dana@whitfield.studio', 'dana@gmail.com'],
			phones: ['+44 20 7946 0000', '07700 900123'],
			tags: ['design', 'leeds'],
			roles: ['client', 'connector'],
			connection: 'mutual',
			metOn: '2024-11-12',
			notes: 'Met at the Leeds meetup.\n\nPrefers calls.\n\nMerged from “Dana W.” (title: CEO).',
			goals: 'Grow the studio to five people.',
			cadenceDays: 60,
			introducedById: 'x'
		});
	});

	it('notes the other name and the one-line details it replaced, and nothing when nothing differs', () => {
		expect(alsoRecorded(keep, { ...gone, location: '', title: 'founder' })).toBe(
			'Merged from “Dana W.”.'
		);
		expect(alsoRecorded(keep, { ...gone, name: 'dana whitfield', title: '', location: '' })).toBe(
			''
		);
		expect(
			alsoRecorded({ ...keep, location: 'York', metEvent: 'Expo' }, { ...gone, metEvent: 'Fair' })
		).toBe('Merged from “Dana W.” (title: CEO; location: Leeds; met at: Fair).');
	});

	it('is never introduced by either of the two', () => {
		expect(mergedPerson({ ...keep, introducedById: gone.id }, gone).introducedById).toBe('x');
		expect(
			mergedPerson({ ...keep, introducedById: gone.id }, { ...gone, introducedById: keep.id })
				.introducedById
		).toBeNull();
	});
});

describe('what names the person folded in', () => {
	it('names the person kept instead, once', () => {
		expect(movedIds(['a', 'gone', 'keep'], 'gone', 'keep')).toEqual(['a', 'keep']);
		expect(movedIds(['gone', 'b'], 'gone', 'keep')).toEqual(['keep', 'b']);
	});

	it('moves templates and saved views, and leaves the rest as they were', () => {
		const templates: RecordTemplate[] = [
			{ id: 't1', name: 'Referral', entity: 'lead', fields: { referrerId: 'gone' } },
			{ id: 't2', name: 'Intro', entity: 'person', fields: { introducedById: 'gone' } },
			{ id: 't3', name: 'Other', entity: 'person', fields: { introducedById: 'other' } }
		];
		const moved = templatesMoved(templates, 'gone', 'keep');
		expect(moved.map((t) => t.fields)).toEqual([
			{ referrerId: 'keep' },
			{ introducedById: 'keep' },
			{ introducedById: 'other' }
		]);
		expect(moved[2]).toBe(templates[2]);

		const views: SavedView[] = [
			{
				id: 'v1',
				entity: 'leads',
				name: 'From Dana',
				filters: [
					{
						field: 'referrer',
						mode: 'include',
						locked: false,
						condition: { type: 'values', values: ['gone', 'keep', 'b'] }
					}
				]
			},
			{
				id: 'v2',
				entity: 'people',
				name: 'Tagged gone',
				filters: [
					{
						field: 'tags',
						mode: 'include',
						locked: false,
						condition: { type: 'values', values: ['gone'] }
					}
				]
			}
		];
		const viewsMoved = savedViewsMoved(views, PERSON_FILTER_FIELDS, 'gone', 'keep');
		expect(viewsMoved[0]!.filters[0]!.condition).toEqual({ type: 'values', values: ['keep', 'b'] });
		// A tag that happens to read like the id is not a person.
		expect(viewsMoved[1]).toBe(views[1]);
	});
});

describe('merging two people in Rapport', () => {
	const sample = generateSampleData({ today: '2026-11-22' });
	const live = sample.people.filter((p) => p.deletedAt === null);
	/** The sample's busiest referrer: their leads carry referrals received in the ledger. */
	const busiest = [...new Set(sample.leads.map((l) => l.referrerId))]
		.filter((id): id is string => id !== null)
		.map((id) => ({ id, n: sample.leads.filter((l) => l.referrerId === id).length }))
		.sort((a, b) => b.n - a.n)[0]!.id;
	const other = live.find(
		(p) =>
			p.id !== busiest &&
			sample.interactions.some((i) => i.personIds.includes(p.id) && i.personIds.length === 1)
	)!;

	it('moves everything that named them, keeps every store in step, and undo puts it all back', async () => {
		await replaceAllData({
			...sample,
			settings: {
				...sample.settings,
				templates: [{ id: 't1', name: 'Via them', entity: 'lead', fields: { referrerId: busiest } }]
			}
		});
		const before = await readAllData();
		const storesBefore = await derivedStores();
		const { counts: expected, blocked } = await mergePreview(busiest, other.id);
		expect(blocked).toBeNull();
		expect(expected.leads).toBeGreaterThan(0);
		expect(expected.interactions).toBeGreaterThan(0);

		const { counts, undo } = await mergePeople(other.id, busiest);
		expect(counts).toMatchObject({ interactions: expected.interactions, leads: expected.leads });
		expect(counts.exchanges).toBe(expected.exchanges);

		const after = await readAllData();
		const liveRows = <T extends { deletedAt: string | null }>(rows: T[]) =>
			rows.filter((r) => r.deletedAt === null);
		expect(after.people.find((p) => p.id === busiest)?.deletedAt).not.toBeNull();
		const mentions = JSON.stringify([
			liveRows(after.people),
			liveRows(after.interactions),
			liveRows(after.exchanges),
			liveRows(after.leads),
			after.settings.templates
		]);
		expect(mentions).not.toContain(busiest);
		// Nothing was lost: as many live records as before, one person fewer.
		expect(liveRows(after.interactions)).toHaveLength(liveRows(before.interactions).length);
		expect(liveRows(after.exchanges)).toHaveLength(liveRows(before.exchanges).length);
		expect(liveRows(after.leads)).toHaveLength(liveRows(before.leads).length);
		expect(liveRows(after.people)).toHaveLength(liveRows(before.people).length - 1);
		expect(
			after.leads.filter((l) => l.referrerId === other.id).length -
				before.leads.filter((l) => l.referrerId === other.id).length
		).toBe(before.leads.filter((l) => l.referrerId === busiest && l.deletedAt === null).length);

		const storesAfter = await derivedStores();
		expect(storesAfter).not.toEqual(storesBefore);
		expect(storesAfter).toEqual(await rebuiltStores());

		await undo();
		expect(unstamped(await readAllData())).toEqual(unstamped(before));
		expect(await derivedStores()).toEqual(storesBefore);
	});

	it('refuses a merge whose person would not be valid, and changes nothing', async () => {
		await replaceAllData(sample);
		const [a, b] = live;
		const emails = (p: string) => Array.from({ length: 11 }, (_, i) => `${p}${i}@example.com`);
		await updatePerson(a!.id, { emails: emails('a') });
		await updatePerson(b!.id, { emails: emails('b') });
		const before = await readAllData();
		expect((await mergePreview(b!.id, a!.id)).blocked).toBe(
			'Together they are over a limit: Email: At most 20 email addresses; merged, they would have 22. Edit one of them first, then merge.'
		);
		await expect(mergePeople(a!.id, b!.id)).rejects.toThrow(RefusedError);
		expect(await readAllData()).toEqual(before);
		await expect(mergePeople(a!.id, a!.id)).rejects.toThrow(
			/^Choose someone else to merge with\.$/
		);
	});

	it('leaves out links to what was deleted, moves deleted records too, and never lets someone refer work to themselves', async () => {
		const keep = await addPerson(personDraft({ name: 'Dana', emails: [] }));
		const introducer = await addPerson(personDraft({ name: 'Gone introducer', emails: [] }));
		const org = await addOrganisation({ name: 'Closed Ltd' });
		const gone = await addPerson(
			personDraft({
				name: 'Dana W.',
				emails: [],
				organisationIds: [org.id],
				introducedById: introducer.id
			})
		);
		await updatePerson(gone.id, { organisationIds: [] });
		await deleteUnusedOrganisation(org.id);
		// Saving a person keeps a link to an organisation deleted since: as stored here.
		await db().people.update(gone.id, { organisationIds: [org.id] });
		await deletePerson(introducer.id);
		const lead = await addLead({
			title: 'Site',
			personId: gone.id,
			referrerId: keep.id,
			channel: 'referral',
			firstContactOn: '2026-03-01'
		});
		const removed = await addInteraction(interactionDraft([gone.id]));
		await deleteInteraction(removed.id);
		const referralsBefore = (await db().exchanges.where('leadId').equals(lead.id).toArray()).filter(
			(e) => e.deletedAt === null
		);
		expect(referralsBefore).toHaveLength(1);

		const { undo } = await mergePeople(keep.id, gone.id);
		const merged = await getPerson(keep.id);
		expect(merged?.organisationIds).toEqual([]);
		expect(merged?.introducedById).toBeNull();
		const movedLead = await db().leads.get(lead.id);
		expect(movedLead).toMatchObject({ personId: keep.id, referrerId: null });
		expect(
			(await db().exchanges.where('leadId').equals(lead.id).toArray()).filter(
				(e) => e.deletedAt === null
			)
		).toHaveLength(0);
		// The deleted interaction names the person kept: restoring it brings no one gone back.
		await restoreInteraction(removed.id);
		expect((await db().interactions.get(removed.id))?.personIds).toEqual([keep.id]);
		expect(await db().lastContacts.get(gone.id)).toBeUndefined();
		await deleteInteraction(removed.id);
		expect(await derivedStores()).toEqual(await rebuiltStores());

		// A note typed after the merge is kept by its undo; the rest goes back.
		await updatePerson(keep.id, { notes: 'Typed after the merge.' });
		await undo();
		expect((await getPerson(keep.id))?.notes).toBe('Typed after the merge.');
		expect(await db().leads.get(lead.id)).toMatchObject({ personId: gone.id, referrerId: keep.id });
		expect((await db().interactions.get(removed.id))?.personIds).toEqual([gone.id]);
		expect(
			(await db().exchanges.where('leadId').equals(lead.id).toArray()).filter(
				(e) => e.deletedAt === null
			)
		).toHaveLength(1);
		expect((await getPerson(gone.id))?.deletedAt).toBeNull();
		expect(await derivedStores()).toEqual(await rebuiltStores());
	});
});

describe('the sentence that says what a merge moves', () => {
	const none = { interactions: 0, exchanges: 0, leads: 0, introduced: 0 };
	it('lists only what there is, with the right verb', () => {
		expect(mergeSummary({ ...none, interactions: 12, exchanges: 1, leads: 2 }, 'Dana')).toBe(
			'12 interactions, 1 give or receive and 2 leads move to Dana.'
		);
		expect(mergeSummary({ ...none, introduced: 1 }, 'Dana')).toBe(
			'1 person they introduced moves to Dana.'
		);
		expect(mergeSummary({ ...none, exchanges: 3 }, 'Dana')).toBe(
			'3 gives and receives move to Dana.'
		);
		expect(mergeSummary(none, 'Dana')).toBe(
			'They have nothing logged: only their details join Dana’s.'
		);
	});
});

describe('naming the other record in the confirmation', () => {
	it('adds what tells two of one name apart', () => {
		const zoe = storedPerson({ name: 'Zoe Eriksen' });
		expect(otherRecordName(zoe, storedPerson({ name: 'Zoe E.' }))).toBe('Zoe E.');
		expect(
			otherRecordName(zoe, storedPerson({ name: 'zoe eriksen', emails: ['zoe@home.example'] }))
		).toBe('zoe eriksen (zoe@home.example)');
		expect(otherRecordName(zoe, storedPerson({ name: 'Zoe Eriksen', title: 'Founder' }))).toBe(
			'Zoe Eriksen (Founder)'
		);
	});
});

describe('a word of caution before merging', () => {
	it('is given only when the names share no word and no email or phone links the two', () => {
		const dana = storedPerson({
			name: 'Dana Whitfield',
			emails: ['Dana@Whitfield.example'],
			phones: ['+44 20 7946 0018']
		});
		const other = (fields: Partial<Person>) =>
			storedPerson({ name: 'Marcus Lee', emails: [], phones: [], ...fields });
		expect(personMergeCaution(dana, other({}))).toMatch(/check that this is the same person\.$/);
		expect(personMergeCaution(dana, other({ name: 'dana w.' }))).toBeNull();
		expect(personMergeCaution(dana, other({ name: 'D. Whitfield' }))).toBeNull();
		expect(personMergeCaution(dana, other({ emails: ['dana@whitfield.example'] }))).toBeNull();
		expect(personMergeCaution(dana, other({ phones: ['+442079460018'] }))).toBeNull();
		expect(personMergeCaution(dana, other({ phones: ['+44 20 7946 0019'] }))).not.toBeNull();
		// Initials, titles, particles and email domains say nothing about who it is.
		const caution = (a: string, b: string) =>
			personMergeCaution(storedPerson({ name: a }), other({ name: b }));
		expect(caution('Dana W.', 'Marcus W.')).not.toBeNull();
		expect(caution('Dr Ann Lee', 'Dr Bob Ray')).not.toBeNull();
		expect(caution('Anna van Dijk', 'Piet van Buren')).not.toBeNull();
		expect(caution('alice@gmail.com', 'bob@gmail.com')).not.toBeNull();
		expect(caution('alice@gmail.com', 'Alice Moreau')).toBeNull();
	});
});
