import { describe, expect, it } from 'vitest';
import { readAllData } from '../../src/lib/db/backup';
import { replaceAllData } from '../../src/lib/db/dataset';
import { importPeople, loadPeopleForImport } from '../../src/lib/db/import-people';
import { undoImport } from '../../src/lib/db/import-undo';
import { addExchange } from '../../src/lib/db/repositories/exchanges';
import { addInteraction } from '../../src/lib/db/repositories/interactions';
import { getPerson, updatePerson } from '../../src/lib/db/repositories/people';
import type { Dataset } from '../../src/lib/domain/dataset';
import { autoMap } from '../../src/lib/domain/import/fields';
import { planImport } from '../../src/lib/domain/import/plan';
import { importUndoneMessage } from '../../src/lib/domain/import/undo';
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

		expect(await undoImport(result.receipt)).toEqual({
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

		expect(await undoImport(result.receipt)).toEqual({
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

	it('a second undo changes nothing', async () => {
		await replaceAllData(sample);
		const result = await importRows(rows);
		await undoImport(result.receipt);
		const once = await readAllData();
		expect(await undoImport(result.receipt)).toEqual({
			removed: 0,
			restored: 0,
			keptPeople: 0,
			keptMerged: 0,
			organisationsRemoved: 0
		});
		expect(await readAllData()).toEqual(once);
	});
});

describe('what an undo says it did', () => {
	it('names what was deleted, given back and kept, and says when nothing was left', () => {
		const none = { removed: 0, restored: 0, keptPeople: 0, keptMerged: 0, organisationsRemoved: 0 };
		expect(
			importUndoneMessage({ ...none, removed: 3, organisationsRemoved: 1, restored: 1 })
		).toEqual([
			'3 new people and 1 new organisation deleted again.',
			'1 person merged into has the details from before the import back.'
		]);
		expect(
			importUndoneMessage({ ...none, removed: 1, restored: 2, keptPeople: 2, keptMerged: 1 })
		).toEqual([
			'1 new person deleted again.',
			'2 people merged into have the details from before the import back.',
			'2 new people kept: logged with, edited or named since the import.',
			'1 person merged into kept as they are: edited again since the import.'
		]);
		expect(importUndoneMessage({ ...none, keptPeople: 1 })).toEqual([
			'Nothing was left to undo.',
			'1 new person kept: logged with, edited or named since the import.'
		]);
	});
});
