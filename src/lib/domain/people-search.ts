import type { Organisation } from './organisation';
import type { Person } from './person';
import { ROLE_LABELS } from './vocabulary';

// Letters that are not a base letter plus an accent, so stripping accents leaves them as they are.
const LETTERS: Readonly<Record<string, string>> = {
	ł: 'l',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	ħ: 'h',
	ı: 'i',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	þ: 'th'
};
const OWN_LETTERS = /[łøđðħıßæœþ]/g;

/**
 * Lower-case, without accents, with letters of their own spelt the way people type them
 * on any keyboard: "jose" finds "José", "lukasz" finds "Łukasz", "strasse" finds "Straße".
 */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(OWN_LETTERS, (c) => LETTERS[c] ?? c);
}

// Records are immutable snapshots: a new version is a new object, so caching
// the searchable text per object keeps typing fast on 10,000 people.
const cache = new WeakMap<
	Person,
	{ organisations: ReadonlyMap<string, Organisation>; text: string }
>();

function haystack(person: Person, organisations: ReadonlyMap<string, Organisation>): string {
	const hit = cache.get(person);
	if (hit && hit.organisations === organisations) return hit.text;
	const text = buildHaystack(person, organisations);
	cache.set(person, { organisations, text });
	return text;
}

function buildHaystack(person: Person, organisations: ReadonlyMap<string, Organisation>): string {
	const orgNames = person.organisationIds.map((id) => organisations.get(id)?.name ?? '');
	return normalise(
		[
			person.name,
			person.title,
			...orgNames,
			...person.emails,
			...person.tags,
			...person.roles.map((r) => ROLE_LABELS[r]),
			person.notes
		].join('\n')
	);
}

/** Builds (and caches) a person's searchable text ahead of the first keystroke. */
export function prepareSearch(person: Person, organisations: ReadonlyMap<string, Organisation>) {
	haystack(person, organisations);
}

/** The words of a search, normalised: every one must match. */
export function searchWords(search: string): string[] {
	return normalise(search).split(/\s+/).filter(Boolean);
}

/** Whether the person's searchable text contains every word. */
export function matchesWords(
	person: Person,
	organisations: ReadonlyMap<string, Organisation>,
	words: readonly string[]
): boolean {
	if (words.length === 0) return true;
	const text = haystack(person, organisations);
	return words.every((word) => text.includes(word));
}

/**
 * People matching every word of the search in name, title, organisation,
 * email, tags, roles or notes. An empty search matches everyone.
 */
export function searchPeople(
	people: readonly Person[],
	organisations: ReadonlyMap<string, Organisation>,
	search: string
): Person[] {
	const words = searchWords(search);
	return people.filter((person) => matchesWords(person, organisations, words));
}
