import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/lib/db/database';
import { importPeople, loadPeopleForImport } from '../../src/lib/db/import-people';
import { undoImport } from '../../src/lib/db/import-undo';
import { listOrganisations } from '../../src/lib/db/repositories/organisations';
import { listPeople, savePerson } from '../../src/lib/db/repositories/people';
import { duplicateKeys, normaliseKey } from '../../src/lib/domain/import/duplicates';
import { problemsTable } from '../../src/lib/domain/import/export-csv';
import { autoMap, recordLabel, type SourceTable } from '../../src/lib/domain/import/fields';
import { mergeFields } from '../../src/lib/domain/import/merge';
import { planImport, planRowOutcome } from '../../src/lib/domain/import/plan';
import { readVcard } from '../../src/lib/domain/import/vcard';
import { personDraft } from './factories';

function table(headers: string[], rows: string[][]): SourceTable {
	return { headers, rows, format: 'Spreadsheet' };
}
const HEADERS = ['Name', 'Email', 'Phone', 'Company', 'Tags', 'Notes', 'Job Title'];

async function plan(rows: string[][], policy: 'skip' | 'merge' = 'skip') {
	const existing = await loadPeopleForImport();
	return planImport(table(HEADERS, rows), autoMap(HEADERS), existing, policy);
}

describe('duplicate keys', () => {
	it('match on email, or on name and organisation without case or accents', () => {
		expect(normaliseKey('  Amélie   DURAND ')).toBe('amelie durand');
		expect(normaliseKey('Łukasz Wałęsa')).toBe(normaliseKey('Lukasz Walesa'));
		expect(normaliseKey('Søren Straße')).toBe('soren strasse');
		expect(normaliseKey('ﬁne Ｃafé')).toBe('fine cafe');
		expect(
			duplicateKeys({ name: 'Sam', emails: ['Sam@X.test'], organisationNames: ['Acme'] })
		).toEqual(['email:sam@x.test', 'name:sam|acme']);
		expect(duplicateKeys({ name: 'Sam', emails: [], organisationNames: [] })).toEqual([
			'name:sam|'
		]);
	});
});

describe('merging', () => {
	it('fills empty fields, adds missing list items and never overwrites', () => {
		const base = {
			...personDraft(),
			title: 'CTO',
			location: '',
			metEvent: '',
			metOn: null,
			cadenceDays: 30,
			emails: ['sam@example.com'],
			phones: ['+1 555 0100'],
			links: [],
			tags: ['saas'],
			roles: ['client' as const],
			goals: '',
			interests: '',
			notes: 'Likes tea.'
		};
		const merged = mergeFields(base, {
			title: 'Intern',
			location: 'Lagos',
			metEvent: '',
			metOn: '2024-01-02',
			cadenceDays: 90,
			emails: ['SAM@example.com', 'sam@work.test'],
			phones: ['+1 (555) 0100', '+1 555 0199'],
			links: [{ label: '', url: 'https://sam.test' }],
			tags: ['SaaS', 'lagos'],
			roles: ['mentor'],
			goals: 'Raise a round',
			interests: '',
			notes: 'Likes tea.'
		});
		expect(merged).toMatchObject({
			name: 'Sam Okafor',
			title: 'CTO',
			location: 'Lagos',
			metOn: '2024-01-02',
			cadenceDays: 30,
			emails: ['sam@example.com', 'sam@work.test'],
			phones: ['+1 555 0100', '+1 555 0199'],
			tags: ['saas', 'lagos'],
			roles: ['client', 'mentor'],
			goals: 'Raise a round',
			notes: 'Likes tea.'
		});
		expect(mergeFields(base, { ...merged, notes: 'Has two kids.' }).notes).toBe(
			'Likes tea.\n\nHas two kids.'
		);
	});
});

describe('planning an import', () => {
	it('finds duplicates of people already in Rapport and within the file', async () => {
		await savePerson(undefined, personDraft({ name: 'Sam Okafor', emails: ['sam@acme.test'] }), [
			'Acme'
		]);
		const result = await plan([
			['Sam O.', 'SAM@acme.test', '', '', '', '', ''], // same email as Sam
			['sam okafor', '', '', 'ACME', '', '', ''], // same name and organisation
			['Ruth Adler', 'ruth@x.test', '', '', '', '', ''],
			['Ruth A.', 'ruth@x.test', '', '', '', '', ''], // duplicate of the row above
			['', '', '', '', '', '', ''] // nothing to import: an error, not a person
		]);
		expect(result.rows.map((r) => r.action)).toEqual(['skip', 'skip', 'create', 'skip', 'error']);
		expect(result.rows[3]).toMatchObject({ duplicateOf: { row: 4, name: 'Ruth Adler' } });
		expect(result.counts).toEqual({ create: 1, merge: 0, skip: 3, error: 1 });
	});

	it('merges duplicates when asked, into Rapport and into earlier rows', async () => {
		const sam = await savePerson(undefined, personDraft({ emails: ['sam@acme.test'] }), []);
		const result = await plan(
			[
				['Sam', 'sam@acme.test', '+1 555 0100', 'Acme', 'vip', 'Met in Rome', 'CTO'],
				['Sam', 'sam@acme.test ::: sam@home.test', '', '', 'golf', '', ''],
				['Ruth', 'ruth@x.test', '', '', 'a', '', ''],
				['Ruth', 'ruth@x.test', '', '', 'b', '', '']
			],
			'merge'
		);
		expect(result.counts).toEqual({ create: 1, merge: 3, skip: 0, error: 0 });
		expect(result.merges).toHaveLength(1);
		expect(result.merges[0]?.id).toBe(sam.id);
		expect(result.creates[0]?.tags).toEqual(['a', 'b']);

		const outcome = await importPeople(result);
		expect(outcome).toMatchObject({ created: 1, merged: 1, organisationsCreated: 1 });
		const stored = (await listPeople()).find((p) => p.id === sam.id)!;
		expect(stored).toMatchObject({
			name: 'Sam Okafor', // never overwritten
			title: 'CTO',
			emails: ['sam@acme.test', 'sam@home.test'],
			phones: ['+1 555 0100'],
			tags: ['saas', 'vip', 'golf'],
			notes: 'Met in Rome'
		});
		expect(stored.organisationIds).toHaveLength(1);
		expect((await listOrganisations()).map((o) => o.name)).toEqual(['Acme']);
	});

	it('names rows by the numbers the spreadsheet shows, when the file gives them', async () => {
		const rows = [
			['Ruth Adler', 'ruth@x.test', '', '', '', '', ''],
			['Ruth A.', 'ruth@x.test', '', '', '', '', ''],
			['', '', '', '', '', '', 'Founder']
		];
		const source = { ...table(HEADERS, rows), rowNumbers: [6, 9, 12] };
		const result = await planImport(source, autoMap(HEADERS), await loadPeopleForImport(), 'skip');
		expect(result.rows.map((r) => r.row)).toEqual([6, 9, 12]);
		expect(result.rows[1]).toMatchObject({ duplicateOf: { row: 6, name: 'Ruth Adler' } });
	});

	it("names a vCard's entries Contact 1, 2…, and the problems file numbers them the same", async () => {
		const vcard = readVcard(
			readFileSync(new URL('../fixtures/import/contacts-v4.vcf', import.meta.url), 'utf8')
		);
		// Uma Shah's card twice: the second is the same person as contact 1.
		const source = { ...vcard, rows: [...vcard.rows, vcard.rows[0]!] };
		const result = await planImport(source, autoMap(source.headers), [], 'skip');
		expect(
			result.rows.map(
				(r) => `${recordLabel(source.unit, r.row)} · ${planRowOutcome(r, source.unit)}`
			)
		).toEqual([
			'Contact 1 · New',
			'Contact 2 · New',
			'Contact 3 · Not imported',
			'Contact 4 · Skipped: same person as contact 1'
		]);
		const merged = await planImport(source, autoMap(source.headers), [], 'merge');
		expect(planRowOutcome(merged.rows[3]!, source.unit)).toBe('Merged into contact 1');
		const problems = problemsTable(result.rows, source.unit);
		expect(problems.fields).toEqual(['Contact', 'Name', 'Problem']);
		expect(problems.rows.map((r) => r.slice(0, 2))).toEqual([[3, 'Wen Zhao']]);

		// A spreadsheet keeps its rows' numbers.
		const csv = await plan([
			['Ruth Adler', 'ruth@x.test', '', '', '', '', ''],
			['Ruth A.', 'ruth@x.test', '', '', '', '', '']
		]);
		expect(
			csv.rows.map((r) => `${recordLabel(undefined, r.row)} · ${planRowOutcome(r, undefined)}`)
		).toEqual(['Row 2 · New', 'Row 3 · Skipped: same person as row 2']);
		expect(problemsTable(csv.rows).fields[0]).toBe('Row');
	});

	it('reports a merge that would break the limits as an error for that row', async () => {
		const emails = Array.from({ length: 20 }, (_, i) => `s${i}@x.test`);
		await savePerson(undefined, personDraft({ name: 'Sam', emails }), []);
		const result = await plan([['Sam', 's0@x.test ::: new@x.test', '', '', '', '', '']], 'merge');
		expect(result.rows[0]).toMatchObject({ action: 'error' });
		expect(result.rows[0]?.action === 'error' && result.rows[0].message).toMatch(/At most 20/);
	});
});

describe('writing an import', () => {
	it('creates people and reuses or creates their organisations like the person form', async () => {
		await savePerson(undefined, personDraft({ name: 'Existing' }), ['Acme']);
		const result = await plan([
			['Ada', 'ada@x.test', '', 'acme', '', '', ''],
			['Bo', 'bo@x.test', '', 'Globex', '', '', ''],
			['Cy', 'cy@x.test', '', 'globex', '', '', '']
		]);
		const outcome = await importPeople(result);
		expect(outcome).toMatchObject({ created: 3, merged: 0, organisationsCreated: 1 });
		const orgs = await listOrganisations();
		expect(orgs.map((o) => o.name)).toEqual(['Acme', 'Globex']);
		const people = await listPeople();
		const byName = new Map(people.map((p) => [p.name, p]));
		expect(byName.get('Ada')?.organisationIds).toEqual(byName.get('Existing')?.organisationIds);
		expect(byName.get('Bo')?.organisationIds).toEqual(byName.get('Cy')?.organisationIds);
	});

	it('merges into the organisation the duplicate check matched, whatever its accents or spacing', async () => {
		await savePerson(undefined, personDraft({ name: 'Ana Ruiz', emails: [] }), ['Café Lumière']);
		const result = await plan(
			[
				['Ana Ruiz', 'ana@x.test', '', 'Cafe  Lumiere', '', '', ''],
				['Bo Li', 'bo@x.test', '', 'CAFE LUMIERE', '', '', '']
			],
			'merge'
		);
		expect(result.counts.merge).toBe(1);
		const outcome = await importPeople(result);
		expect(outcome.organisationsCreated).toBe(0);
		expect((await listOrganisations()).map((o) => o.name)).toEqual(['Café Lumière']);
		const people = await listPeople();
		expect(people.map((p) => p.organisationIds.length)).toEqual([1, 1]);
	});

	it('changes nothing when any part of the write fails', async () => {
		const sam = await savePerson(undefined, personDraft({ name: 'Sam' }), []);
		const result = await plan(
			[
				['Ada', 'ada@x.test', '', 'NewCo', '', '', ''],
				['Sam', 'sam@example.com', '', '', 'extra', '', '']
			],
			'merge'
		);
		expect(result.counts.merge).toBe(1);
		// Sam is deleted between the preview and the import.
		await db().people.update(sam.id, { deletedAt: new Date().toISOString() });
		await expect(importPeople(result)).rejects.toThrow(/no longer exists/);
		expect((await listPeople()).map((p) => p.name)).toEqual([]);
		expect(await listOrganisations()).toEqual([]);
	});

	it('imports 10,000 rows, and undoes them', async () => {
		const rows = Array.from({ length: 10_000 }, (_, i) => [
			`Person ${i}`,
			`p${i}@x.test`,
			'+1 555 0100',
			`Org ${i % 300}`,
			'imported',
			'',
			'Engineer'
		]);
		const result = await plan(rows);
		expect(result.counts.create).toBe(10_000);
		const progress: number[] = [];
		const { receipt } = await importPeople(result, { onProgress: (done) => progress.push(done) });
		expect(progress.at(-1)).toBe(10_000);
		expect(progress.length).toBeGreaterThan(5);
		expect(await db().people.count()).toBe(10_000);
		expect(await db().organisations.count()).toBe(300);

		expect(await undoImport(receipt.at)).toMatchObject({
			removed: 10_000,
			organisationsRemoved: 300
		});
		expect(await listPeople()).toEqual([]);
		expect(await listOrganisations()).toEqual([]);
		expect(await db().personDue.count()).toBe(0);
	}, 30_000);
});

it('maps Rapport’s own people export back', () => {
	expect(
		autoMap([
			'Name',
			'Organisations',
			'Title',
			'Emails',
			'Phones',
			'Links',
			'Location',
			'Tags',
			'Roles',
			'Met on',
			'Met at (event)',
			'Goals',
			'Interests',
			'Notes',
			'Keep in touch every (days)',
			'Archived'
		])
	).toEqual([
		'name',
		'organisations',
		'title',
		'emails',
		'phones',
		'links',
		'location',
		'tags',
		'roles',
		'metOn',
		'metEvent',
		'goals',
		'interests',
		'notes',
		'cadenceDays',
		'ignore'
	]);
});

describe('derived stores after an import', () => {
	it('people imported or merged with a cadence are due exactly as if saved one by one', async () => {
		const { derivedRows } = await import('../../src/lib/domain/derived');
		await savePerson(undefined, personDraft({ name: 'Kept', emails: ['kept@x.test'] }), []);
		const headers = ['Name', 'Email', 'Keep in touch every (days)'];
		const rows = [
			['Kept', 'kept@x.test', '14'],
			['New with cadence', 'new@x.test', '30'],
			['New without', 'none@x.test', '']
		];
		const existing = await loadPeopleForImport();
		await importPeople(await planImport(table(headers, rows), autoMap(headers), existing, 'merge'));
		const [people, interactions, due] = await Promise.all([
			db().people.toArray(),
			db().interactions.toArray(),
			db().personDue.toArray()
		]);
		const byName = new Map(people.map((p) => [p.id, p.name]));
		expect(due.map((d) => byName.get(d.personId)).sort()).toEqual(['Kept', 'New with cadence']);
		const sort = (rows: { personId: string }[]) =>
			[...rows].sort((a, b) => (a.personId < b.personId ? -1 : 1));
		expect(sort(due)).toEqual(sort(derivedRows(people, interactions, []).dues));
	});
});
