import { normaliseKey } from './import/duplicates';
import { joined, plainWords, shareAWord, union, type FilterFieldsByList } from './merge';
import type { Organisation } from './organisation';
import { plural } from './plural';
import type { RecordTemplate } from './templates';

/**
 * Merging two records of one organisation ("Acme" and "Acme Ltd", from an import or typed two
 * ways): `keep` stays, `gone` is folded into it and deleted. db/organisation-merge.ts writes it.
 */

/** The organisation kept, after the merge: its name and kind stay; tags join, notes both stay. */
export function mergedOrganisation(
	keep: Organisation,
	gone: Organisation
): Omit<Organisation, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> {
	return {
		name: keep.name,
		kind: keep.kind,
		website: keep.website || gone.website,
		tags: union(keep.tags, gone.tags, (t) => t.toLowerCase()),
		notes: joined(keep.notes, gone.notes)
	};
}

/** The filter fields whose values are organisation ids, by list. */
export const ORGANISATION_FILTER_FIELDS: FilterFieldsByList = {
	people: ['organisation'],
	leads: ['organisation']
};

/**
 * Person templates name organisations by name (matched, or created, when the person is saved):
 * one that names `gone` names `keep` instead, so saving from it never makes `gone` again.
 */
export function templatesRenamed(
	templates: readonly RecordTemplate[],
	gone: Pick<Organisation, 'name'>,
	keep: Pick<Organisation, 'name'>
): RecordTemplate[] {
	const goneKey = normaliseKey(gone.name);
	return templates.map((t) => {
		const names = t.entity === 'person' ? t.fields.organisationNames : undefined;
		if (!names?.some((n) => normaliseKey(n) === goneKey)) return t;
		const renamed = names.map((n) => (normaliseKey(n) === goneKey ? keep.name : n));
		const once = renamed.filter(
			(n, i) => renamed.findIndex((m) => normaliseKey(m) === normaliseKey(n)) === i
		);
		return { ...t, fields: { ...t.fields, organisationNames: once } } as RecordTemplate;
	});
}

/** Words that do not tell two organisations apart ("Acme" and "Acme Ltd." are one). */
const LEGAL_WORDS = new Set([
	'the',
	'ltd',
	'limited',
	'inc',
	'incorporated',
	'llc',
	'plc',
	'gmbh',
	'co',
	'company',
	'corp',
	'corporation',
	'sa',
	'sas',
	'bv',
	'ag',
	'srl',
	'pty',
	'group'
]);

const coreName = (name: string) =>
	plainWords(name)
		.filter((w) => !LEGAL_WORDS.has(w))
		.join(' ');

/**
 * Whether two names likely mean one organisation: the same once case, accents, punctuation and
 * legal words (Ltd, Inc, GmbH…) are set aside, or one the start of the other ("Riverside
 * Chamber" and "Riverside Chamber of Commerce").
 */
export function likelySameOrganisation(a: string, b: string): boolean {
	const [x, y] = [coreName(a), coreName(b)];
	if (!x || !y) return false;
	return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/**
 * A word of caution before merging two organisations whose names have nothing in common once
 * legal words are set aside (a slip of the finger in the list), or null.
 */
export function organisationMergeCaution(keepName: string, goneName: string): string | null {
	return shareAWord(keepName, goneName, LEGAL_WORDS)
		? null
		: 'Their names have no word in common: check that this is the same organisation.';
}

/** What moves, in a sentence: "3 people and 1 lead move to Acme." */
export function organisationMergeSummary(
	counts: { people: number; leads: number },
	keepName: string
): string {
	const parts = [
		[counts.people, plural(counts.people, 'person', 'people')],
		[counts.leads, plural(counts.leads, 'lead')]
	].filter(([n]) => n !== 0) as [number, string][];
	if (parts.length === 0) return `Nobody is linked to it: only its details join ${keepName}’s.`;
	const one = parts.length === 1 && parts[0]![0] === 1;
	return `${parts.map(([, text]) => text).join(' and ')} ${one ? 'moves' : 'move'} to ${keepName}.`;
}
