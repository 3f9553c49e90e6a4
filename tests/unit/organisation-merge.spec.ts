import { describe, expect, it } from 'vitest';
import { readAllData } from '../../src/lib/db/backup';
import { replaceAllData } from '../../src/lib/db/dataset';
import { mergeOrganisations, organisationMergePreview } from '../../src/lib/db/organisation-merge';
import {
	likelySameOrganisation,
	mergedOrganisation,
	organisationMergeCaution,
	organisationMergeSummary,
	templatesRenamed
} from '../../src/lib/domain/organisation-merge';
import type { Organisation } from '../../src/lib/domain/organisation';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import { derivedStores, rebuiltStores, unstamped } from './merge-helpers';

const org = (fields: Partial<Organisation> & { name: string }): Organisation => ({
	id: fields.name,
	kind: 'company',
	website: '',
	tags: [],
	notes: '',
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z',
	deletedAt: null,
	...fields
});

describe('the organisation kept by a merge', () => {
	it('keeps its name and kind, takes a missing website, joins tags and both notes', () => {
		const keep = org({ name: 'Acme', tags: ['client'], notes: 'Main office in Leeds.' });
		const gone = org({
			name: 'Acme Ltd',
			kind: 'community',
			website: 'https://acme.example',
			tags: ['Client', 'saas'],
			notes: 'Pays in 60 days.'
		});
		expect(mergedOrganisation(keep, gone)).toEqual({
			name: 'Acme',
			kind: 'company',
			website: 'https://acme.example',
			tags: ['client', 'saas'],
			notes: 'Main office in Leeds.\n\nPays in 60 days.'
		});
	});

	it('renames it in person templates, whatever the case, once', () => {
		const templates = templatesRenamed(
			[
				{
					id: 't1',
					name: 'Chamber member',
					entity: 'person',
					fields: { organisationNames: ['acme ltd', 'Acme', 'Riverside'] }
				},
				{ id: 't2', name: 'Other', entity: 'person', fields: { organisationNames: ['Riverside'] } }
			],
			{ name: 'Acme Ltd' },
			{ name: 'Acme' }
		);
		expect(templates.map((t) => t.entity === 'person' && t.fields.organisationNames)).toEqual([
			['Acme', 'Riverside'],
			['Riverside']
		]);
	});

	it('says what moves', () => {
		expect(organisationMergeSummary({ people: 3, leads: 1 }, 'Acme')).toBe(
			'3 people and 1 lead move to Acme.'
		);
		expect(organisationMergeSummary({ people: 1, leads: 0 }, 'Acme')).toBe(
			'1 person moves to Acme.'
		);
		expect(organisationMergeSummary({ people: 0, leads: 0 }, 'Acme')).toBe(
			'Nobody is linked to it: only its details join Acme’s.'
		);
	});
});

describe('merging two organisations in Rapport', () => {
	const sample = generateSampleData({ today: '2026-11-22' });
	/** The organisation most people belong to, and another one. */
	const members = (id: string) => sample.people.filter((p) => p.organisationIds.includes(id));
	const [gone, keep] = [...sample.organisations].sort(
		(a, b) => members(b.id).length - members(a.id).length
	);

	it('moves its people, leads, templates and saved views, keeps Insights in step, and undoes', async () => {
		await replaceAllData({
			...sample,
			settings: {
				...sample.settings,
				templates: [
					{
						id: 't1',
						name: 'Member',
						entity: 'person',
						fields: { organisationNames: [gone!.name.toUpperCase()] }
					}
				],
				savedViews: [
					{
						id: 'v1',
						entity: 'people',
						name: 'Members',
						filters: [
							{
								field: 'organisation',
								mode: 'include',
								locked: false,
								condition: { type: 'values', values: [gone!.id] }
							}
						]
					}
				]
			}
		});
		const before = await readAllData();
		const storesBefore = await derivedStores();
		const { counts: expected, blocked } = await organisationMergePreview(gone!.id, keep!.id);
		expect(blocked).toBeNull();
		expect(expected.people).toBeGreaterThan(1);

		const { counts, undo } = await mergeOrganisations(keep!.id, gone!.id);
		expect(counts).toEqual(expected);
		const after = await readAllData();
		const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
			rows.filter((r) => r.deletedAt === null);
		expect(after.organisations.find((o) => o.id === gone!.id)?.deletedAt).not.toBeNull();
		expect(
			JSON.stringify([live(after.people), live(after.leads), after.settings.savedViews])
		).not.toContain(gone!.id);
		expect(after.settings.templates[0]).toMatchObject({
			fields: { organisationNames: [keep!.name] }
		});
		expect(live(after.people).filter((p) => p.organisationIds.includes(keep!.id)).length).toBe(
			new Set(
				[...members(keep!.id), ...members(gone!.id)].filter((p) => !p.deletedAt).map((p) => p.id)
			).size
		);
		const storesAfter = await derivedStores();
		expect(storesAfter.insights).not.toEqual(storesBefore.insights);
		expect(storesAfter).toEqual(await rebuiltStores());

		await undo();
		expect(unstamped(await readAllData())).toEqual(unstamped(before));
		expect(await derivedStores()).toEqual(storesBefore);
	});

	it('refuses two whose notes together are too long, says by how much, and changes nothing', async () => {
		await replaceAllData({
			...sample,
			organisations: sample.organisations.map((o) =>
				o.id === keep!.id || o.id === gone!.id
					? { ...o, notes: o.id.repeat(10_000).slice(0, 10_000) }
					: o
			)
		});
		const before = await readAllData();
		expect((await organisationMergePreview(gone!.id, keep!.id)).blocked).toBe(
			'Together they are over a limit: Notes is too long (at most 20,000 characters); merged, they would have 20,002 characters. Edit one of them first, then merge.'
		);
		await expect(mergeOrganisations(keep!.id, gone!.id)).rejects.toThrow(/^Together they/);
		expect(await readAllData()).toEqual(before);
	});
});

describe('organisations that are likely one', () => {
	it('match without case, accents, punctuation and legal words, or as the start of the other', () => {
		expect(likelySameOrganisation('Acme', 'ACME Ltd.')).toBe(true);
		expect(likelySameOrganisation('Café Müller GmbH', 'cafe muller')).toBe(true);
		expect(likelySameOrganisation('Riverside Chamber', 'Riverside Chamber of Commerce')).toBe(true);
		expect(likelySameOrganisation('The Acme Company', 'Acme')).toBe(true);
		expect(likelySameOrganisation('Acme', 'Acmeware')).toBe(false);
		expect(likelySameOrganisation('Quartz Analytics', 'Harbor Health')).toBe(false);
		expect(likelySameOrganisation('Ltd', 'Inc')).toBe(false);
	});
});

describe('a word of caution before merging two organisations', () => {
	it('is given only when their names share no word but legal ones', () => {
		expect(organisationMergeCaution('Acme Ltd', 'Initech Ltd')).toMatch(/same organisation\.$/);
		expect(organisationMergeCaution('Riverside Chamber', 'Chamber of Commerce')).toBeNull();
		expect(organisationMergeCaution('Café Müller', 'CAFE Mueller')).toBeNull();
		expect(organisationMergeCaution('Bank of England', 'University of Leeds')).not.toBeNull();
	});
});
