import { describe, expect, it } from 'vitest';
import { readAllData } from '../../src/lib/db/backup';
import { replaceAllData } from '../../src/lib/db/dataset';
import { ValidationError } from '../../src/lib/db/errors';
import { mergeCounts, mergePeople } from '../../src/lib/db/person-merge';
import { updatePerson } from '../../src/lib/db/repositories/people';
import type { SavedView } from '../../src/lib/domain/filters/schema';
import { movedIds, savedViewsMoved } from '../../src/lib/domain/merge';
import {
	mergedPerson,
	mergeSummary,
	PERSON_FILTER_FIELDS,
	templatesMoved
} from '../../src/lib/domain/person-merge';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import type { RecordTemplate } from '../../src/lib/domain/templates';
import { storedPerson } from './factories';
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
			notes: 'Met at the Leeds meetup.\n\nPrefers calls.',
			goals: 'Grow the studio to five people.',
			cadenceDays: 60,
			introducedById: 'x'
		});
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
		const expected = await mergeCounts(busiest);
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
		await expect(mergePeople(a!.id, b!.id)).rejects.toThrow(ValidationError);
		expect(await readAllData()).toEqual(before);
		await expect(mergePeople(a!.id, a!.id)).rejects.toThrow('Choose someone else');
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
