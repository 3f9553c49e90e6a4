import type { z } from 'zod/mini';
import { FIELD_LABELS } from '../validation';

const FIELD_NAMES: Record<string, string> = {
	...FIELD_LABELS,
	id: 'Id',
	createdAt: 'Created',
	updatedAt: 'Updated',
	deletedAt: 'Deleted'
};

/** A value from the file, cut short and on one line, so a 1 MB key never floods the screen. */
export function quoted(text: string, max = 40): string {
	const line = text.replace(/\s+/g, ' ');
	return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * "Person 12 (“Sam”): Notes is too long (at most 20,000 characters)." — names
 * the record and the field, in the schema's own words.
 */
export function describeIssue(issue: z.core.$ZodIssue, what: string): string {
	const path = issue.path.map(String);
	const field = path.length ? `field “${quoted(path.join('.'))}”` : '';
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.map((k) => `“${quoted(k)}”`).join(', ');
		const where = path.length ? ` in ${field}` : '';
		return `${what} has ${issue.keys.length === 1 ? 'a field' : 'fields'} Rapport does not know${where}: ${keys}.`;
	}
	// zod's "Invalid input: expected string, received undefined": the field is not there.
	if (issue.code === 'invalid_type' && field && /received undefined$/.test(issue.message)) {
		return `${what}: ${field} is missing.`;
	}
	const head = path[0] ?? '';
	const label = FIELD_NAMES[head] ?? head;
	const named = label && issue.message.startsWith(label);
	return named || !field ? `${what}: ${issue.message}` : `${what}, ${field}: ${issue.message}`;
}
