import { lazily, z } from './zod';
import { NAME_MAX, NOTE_MAX, recordMeta, requiredText, text, uniqueList } from './common';
import { normaliseKey } from './import/duplicates';
import { sameValue } from './merge';
import { tagSchema } from './person';
import { ORGANISATION_KINDS } from './vocabulary';

/** A company, or a community/network the user belongs to (a chamber, a forum, a meetup). */
export const organisationFields = lazily(() => ({
	name: requiredText('Name', NAME_MAX),
	kind: z._default(
		z.enum(ORGANISATION_KINDS, { error: 'Choose company or community.' }),
		'company'
	),
	website: z._default(
		z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'Use an http(s) address.' })]),
		''
	),
	tags: uniqueList(tagSchema, 'tags', 50),
	notes: text('Notes', NOTE_MAX)
}));

export const organisationDraftSchema = lazily(() => z.strictObject({ ...organisationFields }));
export const organisationSchema = lazily(() =>
	z.strictObject({ ...recordMeta, ...organisationFields })
);

export type OrganisationDraft = z.input<typeof organisationDraftSchema>;
export type Organisation = z.output<typeof organisationSchema>;

/**
 * The live organisation already called `name`, compared without case, accents or extra
 * spaces (as the person form and an import match organisations), or undefined: "northwind
 * bakery" is "Northwind Bakery". A deleted one does not count.
 */
export function organisationNamed<T extends { name: string; deletedAt: string | null }>(
	organisations: readonly T[],
	name: string
): T | undefined {
	const key = normaliseKey(name);
	if (key === '') return undefined;
	return organisations.find((o) => o.deletedAt === null && normaliseKey(o.name) === key);
}

/**
 * The other live organisation that renaming `self` to `name` would give a second of, or
 * undefined. The name `self` already has, in another case or spacing ("acme" to "Acme"), is
 * a correction and never refused, nor is an edit that keeps the name (even beside a twin
 * from before names were checked): only a rename can make a new duplicate.
 */
export function renamedOnto<T extends { id: string; name: string; deletedAt: string | null }>(
	organisations: readonly T[],
	self: { id: string; name: string },
	name: string
): T | undefined {
	if (normaliseKey(name) === normaliseKey(self.name)) return undefined;
	return organisationNamed(
		organisations.filter((o) => o.id !== self.id),
		name
	);
}

/**
 * Whether an organisation was edited between two readings of it (`before`, `now`): its
 * name, kind, website, tags or notes differ. A save that changed nothing does not count.
 */
export const organisationEdited = (before: Organisation, now: Organisation) =>
	(Object.keys(organisationFields) as (keyof typeof organisationFields)[]).some(
		(key) => !sameValue(before[key], now[key])
	);
