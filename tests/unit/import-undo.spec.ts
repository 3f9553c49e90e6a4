import { describe, expect, it } from 'vitest';
import { readAllData, restoreBackup } from '../../src/lib/db/backup';
import { replaceAllData, wipeAllData } from '../../src/lib/db/dataset';
import { importPeople, loadPeopleForImport } from '../../src/lib/db/import-people';
import { loadLastImport, undoImport } from '../../src/lib/db/import-undo';
import { addExchange } from '../../src/lib/db/repositories/exchanges';
import { addInteraction } from '../../src/lib/db/repositories/interactions';
import { addLead } from '../../src/lib/db/repositories/leads';
import { getPerson, updatePerson } from '../../src/lib/db/repositories/people';
import { saveSettings } from '../../src/lib/db/repositories/settings';
import type { Dataset } from '../../src/lib/domain/dataset';
import { autoMap } from '../../src/lib/domain/import/fields';
import { planImport } from '../../src/lib/domain/import/plan';
import {
	IMPORT_UNDO_GONE,
	importUndoneMessage,
	lastImportLine
} from '../../src/lib/domain/import/undo';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import { exchangeDraft, interactionDraft } from './factories';
import { derivedStores, rebuiltStores, unstamped } from './merge-helpers';

const HEADERS = ['Name', 'Email', 'Company', 'Tags'];

/** Imports these rows (duplicates merged into the people already there). */
async function importRows(rows: string[][]) {
	const plan = await planImport(
		{ headers: HEADERS, rows, format: 'Spreadsheet' },
		autoMap(HEADERS),
		await loadPeopleForImport(),
		'merge'
	);
	return importPeople(plan);
}

/** The live records only: what a user sees. */
const live = (data: Dataset) => ({
	...data,
	people: data.people.filter((p) => p.deletedAt === null),
	organisations: data.organisations.filter((o) => o.deletedAt === null)
});

describe('undoing an import', () => {
	const sample = generateSampleData({ today: '2026-11-22' });
	const known = sample.people.find((p) => p.deletedAt === null && p.emails.length > 0)!;
	const someOrganisation = sample.organisations.find((o) => o.deletedAt === null)!;
	const rows = [
		['Ines Varga', 'ines@varga.example', 'Zephyr Labs', 'podcast'],
		['Tom Brandt', 'tom@brandt.example', someOrganisation.name, ''],
		['Lea Novak', 'lea@novak.example', 'Zephyr Labs', 'podcast'],
		['Kai Berg', 'kai@berg.example', '', ''],
		[known.name, known.emails[0]!, 'Quillon Ltd', 'imported-tag']
	];

	it('deletes the people and organisations it added, gives back what it merged, and keeps every store in step', async () => {
		await replaceAllData(sample);
		const before = await readAllData();
		const storesBefore = await derivedStores();
		const result = await importRows(rows);
		expect(result).toMatchObject({ created: 4, merged: 1, organisationsCreated: 2 });
		expect((await getPerson(known.id))?.tags).toContain('imported-tag');

		expect(await undoImport(result.receipt.at)).toEqual({
			removed: 4,
			restored: 1,
			keptPeople: 0,
			keptMerged: 0,
			organisationsRemoved: 2
		});
		expect(unstamped(live(await readAllData()))).toEqual(unstamped(live(before)));
		// Every store as before; who introduced whom now also lists the people deleted again.
		const stores = await derivedStores();
		expect({ ...stores, introductions: [] }).toEqual({ ...storesBefore, introductions: [] });
		expect(stores).toEqual(await rebuiltStores());
	});

	it('keeps what was used or changed since, and gives back only details no one changed again', async () => {
		await replaceAllData(sample);
		const result = await importRows(rows);
		const [ines, tom, , kai] = result.receipt.createdPeople;
		// Ines is logged with, Tom edited, Kai given advice; Lea is untouched. The merged person's tags are edited
		// again, so they stay; their new organisation does not.
		await addInteraction(interactionDraft([ines!]));
		await updatePerson(tom!, { notes: 'Met at the fair' });
		await addExchange(exchangeDraft(kai!));
		const merged = (await getPerson(known.id))!;
		await updatePerson(known.id, { tags: [...merged.tags, 'edited-since'] });
		const edited = (await getPerson(known.id))!;

		expect(await undoImport(result.receipt.at)).toEqual({
			removed: 1,
			restored: 1,
			keptPeople: 3,
			keptMerged: 0,
			// Zephyr Labs stays: Ines belongs to it.
			organisationsRemoved: 1
		});
		const after = await readAllData();
		const names = after.people.filter((p) => p.deletedAt === null).map((p) => p.name);
		expect(names).toContain('Ines Varga');
		expect(names).toContain('Tom Brandt');
		expect(names).toContain('Kai Berg');
		expect(names).not.toContain('Lea Novak');
		const organisations = after.organisations.filter((o) => o.deletedAt === null);
		expect(organisations.map((o) => o.name)).toContain('Zephyr Labs');
		expect(organisations.map((o) => o.name)).not.toContain('Quillon Ltd');
		const restored = (await getPerson(known.id))!;
		expect(restored.tags).toEqual(edited.tags);
		expect(restored.organisationIds).toEqual(known.organisationIds);
		expect(await derivedStores()).toEqual(await rebuiltStores());
	});

	it('keeps a person merged into who was edited since, a referrer, and organisations a lead or a saved view names', async () => {
		await replaceAllData(sample);
		const result = await importRows([
			['Rae Quinn', 'rae@quinn.example', 'Orbital Co', ''],
			['Sol Marsh', 'sol@marsh.example', 'Beacon Works', ''],
			['Uri Dale', 'uri@dale.example', 'Cobalt Inc', ''],
			[known.name, known.emails[0]!, '', 'imported-tag']
		]);
		const [rae, sol, uri] = result.receipt.createdPeople;
		const orgId = async (personId: string) => (await getPerson(personId))!.organisationIds[0]!;
		const [beacon, cobalt] = [await orgId(sol!), await orgId(uri!)];
		// The import only added a tag to the person already here, and that tag is edited since.
		await updatePerson(known.id, { tags: ['edited-since'] });
		await addLead({
			title: 'Website',
			referrerId: rae!,
			organisationId: cobalt,
			channel: 'referral',
			firstContactOn: '2026-11-01'
		});
		await saveSettings({
			savedViews: [
				{
					id: 'v1',
					entity: 'people',
					name: 'Beacon',
					filters: [
						{
							field: 'organisation',
							mode: 'include',
							locked: false,
							condition: { type: 'values', values: [beacon] }
						}
					]
				}
			]
		});

		expect(await undoImport(result.receipt.at)).toEqual({
			removed: 2,
			restored: 0,
			keptPeople: 1,
			keptMerged: 1,
			organisationsRemoved: 0
		});
		const live = (await readAllData()).organisations.filter((o) => o.deletedAt === null);
		// Orbital Co: Rae belongs to it; Beacon Works: a saved view; Cobalt Inc: a lead.
		expect(live.map((o) => o.name)).toEqual(
			expect.arrayContaining(['Orbital Co', 'Beacon Works', 'Cobalt Inc'])
		);
		expect((await getPerson(known.id))?.tags).toEqual(['edited-since']);
		expect(await derivedStores()).toEqual(await rebuiltStores());
	});

	it('a second undo is refused and changes nothing', async () => {
		await replaceAllData(sample);
		const result = await importRows(rows);
		await undoImport(result.receipt.at);
		const once = await readAllData();
		expect(await loadLastImport()).toBeNull();
		await expect(undoImport(result.receipt.at)).rejects.toThrow(IMPORT_UNDO_GONE);
		expect(await readAllData()).toEqual(once);
	});

	it('keeps the last import for later: the next import replaces it, and only that one can be undone', async () => {
		await replaceAllData(sample);
		const first = await importPeople(
			await planImport(
				{ headers: HEADERS, rows: rows.slice(0, 2), format: 'Spreadsheet' },
				autoMap(HEADERS),
				await loadPeopleForImport(),
				'merge'
			),
			{ source: 'first.csv' }
		);
		expect(await loadLastImport()).toMatchObject({
			source: 'first.csv',
			created: 2,
			merged: 0,
			receipt: { at: first.receipt.at, createdPeople: first.receipt.createdPeople }
		});
		// Later, so the two write times differ.
		await new Promise((r) => setTimeout(r, 5));
		const second = await importRows(rows.slice(2, 4));
		expect((await loadLastImport())?.receipt.at).toBe(second.receipt.at);
		const afterBoth = await readAllData();

		await expect(undoImport(first.receipt.at)).rejects.toThrow(IMPORT_UNDO_GONE);
		expect(await readAllData()).toEqual(afterBoth);
		expect(await undoImport(second.receipt.at)).toMatchObject({ removed: 2 });
		// The first import's people stay: its undo was given up when the second came.
		const names = (await readAllData()).people.filter((p) => p.deletedAt === null);
		expect(names.map((p) => p.name)).toEqual(expect.arrayContaining(['Ines Varga', 'Tom Brandt']));
		expect(names.map((p) => p.name)).not.toContain('Lea Novak');
	});

	it('an import that wrote nothing leaves the one before undoable', async () => {
		await replaceAllData(sample);
		const result = await importRows(rows.slice(0, 1));
		// The same row again: a duplicate, skipped.
		const nothing = await importPeople(
			await planImport(
				{ headers: HEADERS, rows: rows.slice(0, 1), format: 'Spreadsheet' },
				autoMap(HEADERS),
				await loadPeopleForImport(),
				'skip'
			)
		);
		expect(nothing).toMatchObject({ created: 0, merged: 0 });
		expect((await loadLastImport())?.receipt.at).toBe(result.receipt.at);
	});

	it('a restore (replacing or merging), the sample data or an erase gives up the undo', async () => {
		const replacements: [string, () => Promise<unknown>][] = [
			['replace', async () => replaceAllData(await readAllData())],
			['merge', async () => restoreBackup(await readAllData(), 'merge')],
			['erase', () => wipeAllData()]
		];
		for (const [what, replace] of replacements) {
			await replaceAllData(sample);
			const result = await importRows(rows);
			expect(await loadLastImport(), what).not.toBeNull();
			await replace();
			expect(await loadLastImport(), what).toBeNull();
			const after = await readAllData();
			await expect(undoImport(result.receipt.at), what).rejects.toThrow(IMPORT_UNDO_GONE);
			expect(await readAllData(), what).toEqual(after);
		}
	});

	it('keeps only the fields an import changed in a person merged into', async () => {
		await replaceAllData(sample);
		const before = (await getPerson(known.id))!;
		await importRows(rows.slice(4));
		const [change] = (await loadLastImport())!.receipt.merged;
		expect(change?.id).toBe(known.id);
		// The tag and the new organisation; nothing else of the person, no write times.
		expect(Object.keys(change!.written).sort()).toEqual(['organisationIds', 'tags']);
		expect(change!.before).toEqual({
			organisationIds: before.organisationIds,
			tags: before.tags
		});
	});
});

describe('the last import, as the import screen shows it', () => {
	const last = (
		created: number,
		merged: number,
		organisationsCreated: number,
		source = 'x.csv'
	) => ({
		id: 'last' as const,
		source,
		created,
		merged,
		organisationsCreated,
		receipt: {
			at: '2026-11-24T10:00:00.000Z',
			createdPeople: [],
			createdOrganisations: [],
			merged: []
		}
	});
	it('names the file, the day and what it wrote', () => {
		expect(lastImportLine(last(12, 3, 2, 'contacts.csv'), 'en-GB')).toBe(
			'“contacts.csv”, imported 24 Nov 2026: 12 new people, merged into 3 people, 2 organisations added.'
		);
		expect(lastImportLine(last(1, 0, 0, ''), 'en-GB')).toBe(
			'Contacts from this phone, imported 24 Nov 2026: 1 new person.'
		);
	});
});

describe('what an undo says it did', () => {
	const none = { removed: 0, restored: 0, keptPeople: 0, keptMerged: 0, organisationsRemoved: 0 };
	it('names what was deleted, taken out and kept', () => {
		expect(
			importUndoneMessage({ ...none, removed: 3, organisationsRemoved: 1, restored: 1 })
		).toEqual({
			heading: 'Import undone.',
			lines: [
				'Deleted: the 3 people and 1 organisation it added.',
				'Taken out again: what it added to 1 person already here.'
			]
		});
		expect(
			importUndoneMessage({ ...none, removed: 1, restored: 2, keptPeople: 2, keptMerged: 1 }).lines
		).toEqual([
			'Deleted: the 1 person it added.',
			'Taken out again: what it added to 2 people already here.',
			'Kept: 2 people it added whom you have since logged with, edited, or added to a lead, a give or receive, an introduction, a template or a saved view.',
			'Kept as is: what it added to 1 person already here, edited since.'
		]);
	});
	it('says so when nothing was undone', () => {
		expect(importUndoneMessage({ ...none, keptPeople: 1 }).heading).toBe(
			'Nothing was undone: everything it added has changed since.'
		);
	});
});
