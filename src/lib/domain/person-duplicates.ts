import { normaliseKey } from './import/duplicates';
import type { Person } from './person';

/**
 * Someone already in Rapport who looks like the person about to be saved: the same email
 * address, or the same name (without case, accents or extra spaces). Only a question, so
 * broader than the import's rule, which also needs the same organisation: two people of the
 * same name elsewhere are asked about once. Archived people count; deleted ones and the
 * person being edited do not.
 */
export function findDuplicate(
	candidate: { name: string; emails: readonly string[] },
	people: readonly Person[],
	exceptId?: string
): Person | undefined {
	const name = normaliseKey(candidate.name);
	const emails = new Set(candidate.emails.map((e) => e.toLowerCase()));
	return people.find(
		(p) =>
			p.id !== exceptId &&
			p.deletedAt === null &&
			(normaliseKey(p.name) === name || p.emails.some((e) => emails.has(e.toLowerCase())))
	);
}
