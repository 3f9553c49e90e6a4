import { z } from './zod';
import { NAME_MAX, NOTE_MAX, recordMeta, requiredText, text, uniqueList } from './common';
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
