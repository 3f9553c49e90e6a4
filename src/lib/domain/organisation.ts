import { z } from './zod';
import { NAME_MAX, NOTE_MAX, recordMeta, requiredText, text, uniqueList } from './common';
import { normaliseKey } from './import/duplicates';
import { tagSchema } from './person';
import { ORGANISATION_KINDS } from './vocabulary';

/** A company, or a community/network the user belongs to (a chamber, a forum, a meetup). */
export const organisationFields = {
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
};

export const organisationDraftSchema = z.strictObject(organisationFields);
export const organisationSchema = z.strictObject({ ...recordMeta, ...organisationFields });

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
