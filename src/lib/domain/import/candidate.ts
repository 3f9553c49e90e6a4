import type { z } from 'zod/mini';
import { organisationFields } from '../organisation';
import { personDraftSchema } from '../person';
import { splitList } from '../person-form';
import { withWebScheme } from '../safe-url';
import { describeErrors } from '../validation';
import { ROLE_LABELS, ROLES, type Role } from '../vocabulary';
import { parseImportDay } from './dates';
import type { ColumnMapping, ImportField } from './fields';
import { unneutralise } from './neutralise';

/** A person as an import will save them: a valid draft plus organisation names to resolve. */
export type ImportedPerson = Omit<z.output<typeof personDraftSchema>, 'organisationIds'> & {
	organisationNames: string[];
};

export type RowOutcome =
	| { ok: true; row: number; person: ImportedPerson }
	| { ok: false; row: number; name: string; message: string };

// Google Contacts puts several values in one cell as "a ::: b".
const GOOGLE_SEPARATOR = /\s*:::\s*/;

function split(cells: string[], separator: RegExp, normalise?: (item: string) => string): string[] {
	return splitList(cells.join('\n'), separator, normalise);
}

/** Labels Google adds by itself ("* myContacts", "* starred") are not the user's tags. */
function userTags(cells: string[]): string[] {
	return split(cells, /\s*:::\s*|[,;\n]/).filter((t) => !t.startsWith('* ') && t !== '*');
}

function roleOf(text: string): Role | undefined {
	const key = text.trim().toLowerCase();
	return ROLES.find(
		(r) =>
			r === key || ROLE_LABELS[r].toLowerCase() === key || (r === 'partner' && key === 'vendor')
	);
}

/**
 * Turns one row into a person, or into the reasons it cannot be one. Values
 * are validated with the same schema as the person form. A row without a
 * name takes its email address, or else its organisation, as the name.
 */
export function rowToPerson(
	cells: readonly string[],
	mapping: ColumnMapping,
	row: number
): RowOutcome {
	const by: Partial<Record<ImportField, string[]>> = {};
	for (let i = 0; i < mapping.length; i++) {
		const field = mapping[i] ?? 'ignore';
		const value = unneutralise((cells[i] ?? '').trim());
		if (field === 'ignore' || value === '') continue;
		(by[field] ??= []).push(value);
	}
	const get = (f: ImportField) => by[f] ?? [];
	const first = (f: ImportField) => get(f)[0]?.split(GOOGLE_SEPARATOR)[0] ?? '';
	const problems: string[] = [];

	const emails = split(get('emails'), /\s*:::\s*|[,;\s]+/).map((e) => e.toLowerCase());
	const organisationNames = split(get('organisations'), /\s*:::\s*|[\n;]/);
	const parts = [first('firstName'), first('middleName'), first('lastName')].filter(Boolean);
	const name = first('name') || parts.join(' ') || emails[0] || organisationNames[0] || '';

	const roles: Role[] = [];
	for (const text of split(get('roles'), /[,;\n]/)) {
		const role = roleOf(text);
		if (role) roles.push(role);
		else problems.push(`Roles: “${text.slice(0, 40)}” is not a role Rapport knows.`);
	}
	let metOn: string | null = null;
	if (get('metOn').length) {
		metOn = parseImportDay(first('metOn')) ?? null;
		if (!metOn)
			problems.push(`Met on: “${first('metOn').slice(0, 40)}” is not a date like 2024-05-31.`);
	}
	const cadenceText = first('cadenceDays');
	const cadenceDays =
		cadenceText === '' ? null : /^\d+$/.test(cadenceText) ? Number(cadenceText) : NaN;

	const draft = {
		name,
		title: first('title'),
		emails,
		phones: split(get('phones'), /\s*:::\s*|[,;\n]/),
		// "www.example.com" → "https://www.example.com", one rule with the person form's.
		links: split(get('links'), /\s*:::\s*|[\s,;]+/, withWebScheme).map((url) => ({
			label: '',
			url
		})),
		location: split(get('location'), /\s*:::\s*|\n|,\s*/).join(', '),
		tags: userTags(get('tags')),
		roles,
		metOn,
		metEvent: first('metEvent'),
		goals: get('goals').join('\n\n'),
		interests: get('interests').join('\n\n'),
		notes: get('notes').join('\n\n'),
		cadenceDays
	};
	for (const org of organisationNames) {
		const checked = organisationFields.name.safeParse(org);
		if (!checked.success)
			problems.push(
				`Organisation “${org.slice(0, 40)}”: ${checked.error.issues[0]?.message ?? ''}`
			);
	}
	const parsed = personDraftSchema.safeParse(draft);
	if (!parsed.success) problems.unshift(describeErrors(parsed.error));
	if (!parsed.success || problems.length) {
		return { ok: false, row, name: name || '(no name)', message: problems.join(' ') };
	}
	const { organisationIds: _ids, ...person } = parsed.data;
	void _ids;
	return { ok: true, row, person: { ...person, organisationNames } };
}
