import { normalise } from '../people-search';

/**
 * Two records are the same person when they share an email address, or have
 * the same name and organisation (or the same name and no organisation at
 * all). Names and organisations compare without case, accents or extra spaces.
 */
export function normaliseKey(text: string): string {
	// NFKC first: full-width letters and ligatures ("ﬁ") read as the letters they show.
	return normalise(text.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

export function duplicateKeys(person: {
	name: string;
	emails: readonly string[];
	organisationNames: readonly string[];
}): string[] {
	const name = normaliseKey(person.name);
	const keys = person.emails.map((e) => `email:${e.toLowerCase()}`);
	if (person.organisationNames.length === 0) keys.push(`name:${name}|`);
	for (const org of person.organisationNames) keys.push(`name:${name}|${normaliseKey(org)}`);
	return keys;
}

/** Finds the first earlier record sharing a key; remembers each record's keys. */
export class DuplicateIndex<T> {
	#byKey = new Map<string, T>();

	find(keys: readonly string[]): T | undefined {
		for (const key of keys) {
			const hit = this.#byKey.get(key);
			if (hit !== undefined) return hit;
		}
		return undefined;
	}

	add(keys: readonly string[], value: T): void {
		for (const key of keys) if (!this.#byKey.has(key)) this.#byKey.set(key, value);
	}
}
