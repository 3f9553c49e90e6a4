import type { Person } from '../person';
import { lowerBound } from '../sorted';

/**
 * Who introduced whom, as one small derived row: root connectors are found at
 * read time by walking it (attribution.ts), so a person edit that changes an
 * introducer needs no other update, and Insights reads one row instead of the
 * records of every referrer and everyone above them.
 *
 * The row keeps sorted lists, not objects keyed by id (database version 6): a
 * page that has just opened reads 3,000 introductions back as lists in a fifth
 * of the time it took to rebuild them as an object's properties.
 */
export const INTRODUCTIONS_ID = 'introductions';

export type Introductions = {
	id: typeof INTRODUCTIONS_ID;
	/** Live people who were introduced, in code-unit order… */
	people: string[];
	/** …and each one's introducer (`introducers[i]` introduced `people[i]`). */
	introducers: string[];
	/** Deleted people, in code-unit order: a walk stops before them ('missing-person'). */
	deleted: string[];
};

/** Version 3–5 rows (objects keyed by person id), converted by the upgrade to version 6. */
export type IntroductionsV3 = {
	id: typeof INTRODUCTIONS_ID;
	by: Record<string, string>;
	deleted: Record<string, true>;
};

export const emptyIntroductions = (): Introductions => ({
	id: INTRODUCTIONS_ID,
	people: [],
	introducers: [],
	deleted: []
});

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Where `id` is in a sorted list: its index, or `-(where it would go) - 1`. */
function find(sorted: readonly string[], id: string): number {
	const at = lowerBound(sorted, id);
	return sorted[at] === id ? at : -at - 1;
}

/** Who introduced a live person (undefined: nobody, or not a live person). */
export function introducerOf(row: Introductions, id: string): string | undefined {
	const at = find(row.people, id);
	return at >= 0 ? row.introducers[at] : undefined;
}

export const isDeleted = (row: Introductions, id: string) => find(row.deleted, id) >= 0;

/** Whether the row says anything about this person. */
export const mentions = (row: Introductions, id: string) =>
	find(row.people, id) >= 0 || isDeleted(row, id);

/** A copy whose lists can be changed without touching `row` (stored rows are frozen). */
export const copyIntroductions = (row: Introductions): Introductions => ({
	id: INTRODUCTIONS_ID,
	people: [...row.people],
	introducers: [...row.introducers],
	deleted: [...row.deleted]
});

/** Puts each person's current state in the row (mutates it); true when anything changed. */
export function applyPeople(row: Introductions, people: readonly Person[]): boolean {
	let changed = false;
	for (const p of people) {
		const at = find(row.people, p.id);
		const gone = find(row.deleted, p.id);
		const introducer = p.deletedAt === null ? p.introducedById : null;
		if ((p.deletedAt !== null) !== gone >= 0) {
			if (gone >= 0) row.deleted.splice(gone, 1);
			else row.deleted.splice(-gone - 1, 0, p.id);
			changed = true;
		}
		if (introducer) {
			if (at >= 0 && row.introducers[at] === introducer) continue;
			if (at >= 0) row.introducers[at] = introducer;
			else {
				row.people.splice(-at - 1, 0, p.id);
				row.introducers.splice(-at - 1, 0, introducer);
			}
			changed = true;
		} else if (at >= 0) {
			row.people.splice(at, 1);
			row.introducers.splice(at, 1);
			changed = true;
		}
	}
	return changed;
}

export const isEmpty = (row: Introductions) => row.people.length === 0 && row.deleted.length === 0;

/** The row from each person's introducer and deleted mark, both sorted. */
function rowOf(introduced: [string, string][], deleted: string[]): Introductions[] {
	introduced.sort((a, b) => byCodeUnit(a[0], b[0]));
	deleted.sort(byCodeUnit);
	const row: Introductions = {
		id: INTRODUCTIONS_ID,
		people: introduced.map(([id]) => id),
		introducers: introduced.map(([, by]) => by),
		deleted
	};
	return isEmpty(row) ? [] : [row];
}

/** The row for everyone (none when nobody was introduced and nobody deleted). */
export function introductionsOf(people: readonly Person[]): Introductions[] {
	const introduced: [string, string][] = [];
	const deleted: string[] = [];
	for (const p of people) {
		if (p.deletedAt !== null) deleted.push(p.id);
		else if (p.introducedById) introduced.push([p.id, p.introducedById]);
	}
	return rowOf(introduced, deleted);
}

/** A version 3–5 row in the lists of version 6. */
export function introductionsFromV3(row: IntroductionsV3): Introductions[] {
	return rowOf(Object.entries(row.by), Object.keys(row.deleted));
}

/**
 * `introducedBy` for rootConnector: the introducer, null for someone nobody
 * introduced, undefined for someone deleted or known to be missing.
 */
export function introducerLookup(row: Introductions, missing: ReadonlySet<string> = new Set()) {
	// Nobody is missing but after an inconsistent restore: no Set lookup (and no
	// hashing of each of thousands of ids) until someone is.
	return (id: string): string | null | undefined =>
		(missing.size > 0 && missing.has(id)) || isDeleted(row, id)
			? undefined
			: (introducerOf(row, id) ?? null);
}
