import type { Person } from './person';

/** "Sam Okafor", "Sam Okafor and Ruth Adler", "Sam Okafor and 2 others". */
export function peopleNames(ids: readonly string[], people: ReadonlyMap<string, Person>): string {
	const names = ids.map((id) => people.get(id)?.name ?? 'someone removed');
	if (names.length <= 2) return names.join(' and ');
	return `${names[0]} and ${names.length - 1} others`;
}

/** One collator for every name comparison: far faster than localeCompare per pair. */
export const compareNames = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
	.compare;
