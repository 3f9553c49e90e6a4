import type { Person } from '../person';

/**
 * Who introduced whom, as one small derived row: root connectors are found at
 * read time by walking it (attribution.ts), so a person edit that changes an
 * introducer needs no other update, and Insights reads one row instead of the
 * records of every referrer and everyone above them.
 */
export const INTRODUCTIONS_ID = 'introductions';

export type Introductions = {
	id: typeof INTRODUCTIONS_ID;
	/** Live people who were introduced: their introducer's id. */
	by: Record<string, string>;
	/** Deleted people: a walk stops before them ('missing-person'). */
	deleted: Record<string, true>;
};

export const emptyIntroductions = (): Introductions => ({
	id: INTRODUCTIONS_ID,
	by: {},
	deleted: {}
});

/** Puts each person's current state in the row (mutates it); true when anything changed. */
export function applyPeople(row: Introductions, people: readonly Person[]): boolean {
	let changed = false;
	for (const p of people) {
		const wasDeleted = row.deleted[p.id] === true;
		const was = row.by[p.id];
		if (p.deletedAt !== null) {
			if (!wasDeleted || was !== undefined) changed = true;
			row.deleted[p.id] = true;
			delete row.by[p.id];
			continue;
		}
		if (wasDeleted) {
			delete row.deleted[p.id];
			changed = true;
		}
		if (p.introducedById) {
			if (was !== p.introducedById) changed = true;
			row.by[p.id] = p.introducedById;
		} else if (was !== undefined) {
			delete row.by[p.id];
			changed = true;
		}
	}
	return changed;
}

export const isEmpty = (row: Introductions) =>
	Object.keys(row.by).length === 0 && Object.keys(row.deleted).length === 0;

/** The row for everyone (none when nobody was introduced and nobody deleted). */
export function introductionsOf(people: readonly Person[]): Introductions[] {
	const row = emptyIntroductions();
	applyPeople(row, people);
	return isEmpty(row) ? [] : [row];
}

/**
 * `introducedBy` for rootConnector: the introducer, null for someone nobody
 * introduced, undefined for someone deleted or known to be missing.
 */
export function introducerLookup(
	row: Pick<Introductions, 'by' | 'deleted'>,
	missing: ReadonlySet<string> = new Set()
) {
	return (id: string): string | null | undefined =>
		row.deleted[id] || missing.has(id) ? undefined : (row.by[id] ?? null);
}
