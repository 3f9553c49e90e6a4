import { personDraftSchema, type Person } from '../person';
import { describeErrors } from '../validation';
import { rowToPerson, type ImportedPerson } from './candidate';
import { DuplicateIndex, duplicateKeys } from './duplicates';
import { recordLabel, type ColumnMapping, type RecordUnit, type SourceTable } from './fields';
import { mergeFields, unionBy } from './merge';
import { forEachSliced } from '../../yield';

export type DuplicatePolicy = 'skip' | 'merge';

/** A person already in Rapport, with the names of their organisations. */
export type ExistingPerson = { person: Person; organisationNames: string[] };

/** Who a duplicate row matches: someone already in Rapport, or an earlier row of the file. */
export type DuplicateOf = { existingId: string; name: string } | { row: number; name: string };

/** Each row keeps its number as the screen shows it: the spreadsheet's row, or the contact's. */
export type PlanRow =
	| { row: number; action: 'create'; person: ImportedPerson }
	| { row: number; action: 'merge' | 'skip'; person: ImportedPerson; duplicateOf: DuplicateOf }
	| { row: number; action: 'error'; name: string; message: string };

export type ImportPlan = {
	rows: PlanRow[];
	/** New people to add, each with the rows of the file merged into it. */
	creates: ImportedPerson[];
	/** People already in Rapport and the rows to merge into each, in file order. */
	merges: { id: string; incoming: ImportedPerson[] }[];
	counts: { create: number; merge: number; skip: number; error: number };
};

/** Row numbers as a spreadsheet shows them: the header is row 1. Contacts count from 1. */
export const firstDataRow = 2;

const lowerKey = (s: string) => s.toLowerCase();

/** What happens to a row, in words: "New", "Merged into contact 1", "Skipped: same person as row 3"… */
export function planRowOutcome(row: PlanRow, unit: RecordUnit | undefined): string {
	const earlier = (number: number) => recordLabel(unit, number).toLowerCase();
	switch (row.action) {
		case 'create':
			return 'New';
		case 'merge':
			return 'existingId' in row.duplicateOf
				? `Merged into ${row.duplicateOf.name}`
				: `Merged into ${earlier(row.duplicateOf.row)}`;
		case 'skip':
			return 'existingId' in row.duplicateOf
				? `Skipped: already in Rapport as ${row.duplicateOf.name}`
				: `Skipped: same person as ${earlier(row.duplicateOf.row)}`;
		case 'error':
			return 'Not imported';
	}
}

function fitsLimits(person: ImportedPerson): string | undefined {
	const { organisationNames, ...fields } = person;
	const checked = personDraftSchema.safeParse({ ...fields, organisationIds: [] });
	if (!checked.success) return describeErrors(checked.error);
	if (organisationNames.length > 20) return 'At most 20 organisations.';
	return undefined;
}

/** A stored person in the shape of an imported one, to check what a merge would give. */
function asImported({ person, organisationNames }: ExistingPerson): ImportedPerson {
	const {
		id: _id,
		createdAt: _c,
		updatedAt: _u,
		deletedAt: _d,
		organisationIds: _o,
		...fields
	} = person;
	void [_id, _c, _u, _d, _o];
	return { ...fields, organisationNames };
}

function mergeImported(base: ImportedPerson, extra: ImportedPerson): ImportedPerson {
	return {
		...mergeFields(base, extra),
		organisationNames: unionBy(base.organisationNames, extra.organisationNames, lowerKey)
	};
}

/**
 * Decides what happens to every row: create, merge into an earlier match (in
 * Rapport or in the file), skip as a duplicate, or report an error. Works in
 * slices that yield to the page so a 10,000-row file never freezes it.
 */
export async function planImport(
	table: SourceTable,
	mapping: ColumnMapping,
	existing: readonly ExistingPerson[],
	policy: DuplicatePolicy,
	onProgress?: (done: number, total: number) => void
): Promise<ImportPlan> {
	type Target =
		| { kind: 'existing'; id: string; name: string }
		| { kind: 'row'; index: number; row: number; name: string };
	const index = new DuplicateIndex<Target>();
	await forEachSliced(existing, ({ person, organisationNames }) => {
		if (person.deletedAt !== null) return;
		index.add(duplicateKeys({ ...person, organisationNames }), {
			kind: 'existing',
			id: person.id,
			name: person.name
		});
	});
	const existingById = new Map(existing.map((e) => [e.person.id, e]));
	const rows: PlanRow[] = [];
	const creates: ImportedPerson[] = [];
	const merged = new Map<string, { fields: ImportedPerson; incoming: ImportedPerson[] }>();
	const counts = { create: 0, merge: 0, skip: 0, error: 0 };

	await forEachSliced(
		table.rows,
		(cells, i) => {
			const rowNumber =
				table.unit === 'contact' ? i + 1 : (table.rowNumbers?.[i] ?? i + firstDataRow);
			const outcome = rowToPerson(cells, mapping, rowNumber);
			if (!outcome.ok) {
				rows.push({
					row: rowNumber,
					action: 'error',
					name: outcome.name,
					message: outcome.message
				});
				counts.error++;
				return;
			}
			const person = outcome.person;
			const keys = duplicateKeys(person);
			const target = index.find(keys);
			if (!target) {
				index.add(keys, { kind: 'row', index: creates.length, row: rowNumber, name: person.name });
				creates.push(person);
				rows.push({ row: rowNumber, action: 'create', person });
				counts.create++;
				return;
			}
			const duplicateOf: DuplicateOf =
				target.kind === 'existing'
					? { existingId: target.id, name: target.name }
					: { row: target.row, name: target.name };
			if (policy === 'skip') {
				rows.push({ row: rowNumber, action: 'skip', person, duplicateOf });
				counts.skip++;
				return;
			}
			let problem: string | undefined;
			if (target.kind === 'row') {
				const next = mergeImported(creates[target.index]!, person);
				problem = fitsLimits(next);
				if (!problem) creates[target.index] = next;
			} else {
				const entry = merged.get(target.id) ?? {
					fields: asImported(existingById.get(target.id)!),
					incoming: []
				};
				const next = mergeImported(entry.fields, person);
				problem = fitsLimits(next);
				if (!problem)
					merged.set(target.id, { fields: next, incoming: [...entry.incoming, person] });
			}
			if (problem) {
				rows.push({
					row: rowNumber,
					action: 'error',
					name: person.name,
					message: `Merging it into ${target.name} would give too much: ${problem}`
				});
				counts.error++;
				return;
			}
			// Later rows that share only this row's other keys match the same person.
			index.add(keys, target);
			rows.push({ row: rowNumber, action: 'merge', person, duplicateOf });
			counts.merge++;
		},
		{ onProgress: (done) => onProgress?.(done, table.rows.length) }
	);
	return {
		rows,
		creates,
		merges: [...merged.entries()].map(([id, { incoming }]) => ({ id, incoming })),
		counts
	};
}
