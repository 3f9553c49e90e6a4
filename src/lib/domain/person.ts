import { lazily, z } from './zod';
import {
	cadenceDaysSchema,
	daySchema,
	idSchema,
	NAME_MAX,
	NOTE_MAX,
	recordMeta,
	requiredText,
	text,
	uniqueList,
	orNull
} from './common';
import { CONNECTIONS, ROLES } from './vocabulary';

export const emailSchema = lazily(() =>
	z
		.email({ error: 'That does not look like an email address (name@example.com).' })
		.check(z.maxLength(254, { error: 'That email address is too long.' }))
);

export const phoneSchema = lazily(() =>
	z.string().check(
		z.trim(),
		z.regex(/^\+?[\d\s().\-/]{3,32}$/, {
			error: 'Use digits, spaces, dashes or brackets, optionally starting with +.',
			// One message per phone: a number that fails this needs no second one about digits.
			abort: true
		}),
		z.refine((p) => (p.match(/\d/g) ?? []).length >= 3, { error: 'A phone number needs digits.' })
	)
);

export const linkSchema = lazily(() =>
	z.strictObject({
		label: text('Link label', 60),
		url: z.url({
			protocol: /^https?$/,
			error: 'Links must start with http:// or https://.'
		})
	})
);

export const tagSchema = lazily(() =>
	z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: 'A tag cannot be empty.' }),
			z.maxLength(50, { error: 'Tags are at most 50 characters.' })
		)
);

export const personFields = lazily(() => ({
	name: requiredText('Name', NAME_MAX),
	title: text('Title', NAME_MAX),
	organisationIds: uniqueList(idSchema, 'organisations', 20),
	emails: uniqueList(emailSchema, 'email addresses', 20),
	phones: uniqueList(phoneSchema, 'phone numbers', 20),
	links: z._default(z.array(linkSchema).check(z.maxLength(20, { error: 'At most 20 links.' })), []),
	location: text('Location', NAME_MAX),
	tags: uniqueList(tagSchema, 'tags', 50),
	roles: uniqueList(z.enum(ROLES, { error: 'Unknown role.' }), 'roles', ROLES.length),
	connection: z._default(z.enum(CONNECTIONS), 'mutual'),
	metOn: orNull(daySchema),
	metChannel: orNull(idSchema),
	metEvent: text('Event', NAME_MAX),
	introducedById: orNull(idSchema),
	goals: text('Goals', NOTE_MAX),
	interests: text('Interests', NOTE_MAX),
	notes: text('Notes', NOTE_MAX),
	cadenceDays: orNull(cadenceDaysSchema),
	/**
	 * A touch put off ("Later" on Today): the cadence made it due on `from`; it is due on `until`
	 * instead. It lapses by itself once the cadence gives another day (a contact logged, the
	 * cadence changed).
	 */
	touchSnooze: orNull(z.strictObject({ from: daySchema, until: daySchema })),
	archived: z._default(z.boolean(), false)
}));

export const personDraftSchema = lazily(() => z.strictObject({ ...personFields }));
export const personSchema = lazily(() =>
	z.strictObject({ ...recordMeta, ...personFields }).check(
		z.refine((p) => p.introducedById !== p.id, {
			error: 'A person cannot introduce themselves.',
			path: ['introducedById']
		})
	)
);

export type PersonDraft = z.input<typeof personDraftSchema>;
export type Person = z.output<typeof personSchema>;
