import { lazily, z } from './zod';
import { idSchema, NAME_MAX } from './common';
import { exchangeFields } from './exchange';
import { interactionFields } from './interaction';
import { leadFields } from './lead';
import { personFields } from './person';

/**
 * Record templates: a name plus some pre-filled fields for a new person,
 * interaction, give-or-receive or lead. Every field is checked by the same
 * schema as the record it fills (so a template can never hold a value the form
 * would refuse); references (channels, people) are checked again when applied.
 */

export const TEMPLATE_ENTITIES = ['person', 'interaction', 'exchange', 'lead'] as const;
export type TemplateEntity = (typeof TEMPLATE_ENTITIES)[number];
export const TEMPLATE_ENTITY_LABELS: Record<TemplateEntity, string> = {
	person: 'People',
	interaction: 'Interactions',
	exchange: 'Gives and receives',
	lead: 'Leads'
};

export const MAX_TEMPLATES = 100;
/** Long texts in a template: enough for a checklist, small enough to keep Settings light. */
export const TEMPLATE_TEXT_MAX = 2000;

type Unwrapped<T> =
	T extends z.ZodMiniDefault<infer U> ? (U extends z.ZodMiniNullable<infer V> ? V : U) : T;

/** A record field as a template field: no default, never null, optional. */
function prefill<T extends z.ZodMiniType>(
	schema: T
): z.ZodMiniOptional<Unwrapped<T> & z.ZodMiniType> {
	let inner: z.ZodMiniType = schema;
	if (inner instanceof z.ZodMiniDefault) inner = inner.def.innerType as z.ZodMiniType;
	if (inner instanceof z.ZodMiniNullable) inner = inner.def.innerType as z.ZodMiniType;
	return z.optional(inner) as z.ZodMiniOptional<Unwrapped<T> & z.ZodMiniType>;
}

/** A long text field, capped lower than on the record itself. */
function longText(label: string) {
	return z.optional(
		z.string().check(
			z.maxLength(TEMPLATE_TEXT_MAX, {
				error: `${label} in a template is at most ${TEMPLATE_TEXT_MAX.toLocaleString('en')} characters.`
			})
		)
	);
}

const organisationNameSchema = lazily(() =>
	z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: 'An organisation name cannot be empty.' }),
			z.maxLength(NAME_MAX, { error: 'Organisation names are at most 200 characters.' })
		)
);

export const personTemplateFieldsSchema = lazily(() =>
	z.strictObject({
		title: prefill(personFields.title),
		/** Names, not ids: matched or created when the person is saved, like the person form. */
		organisationNames: z.optional(
			z
				.array(organisationNameSchema)
				.check(z.minLength(1), z.maxLength(20, { error: 'At most 20 organisations.' }))
		),
		location: prefill(personFields.location),
		tags: prefill(personFields.tags),
		roles: prefill(personFields.roles),
		connection: prefill(personFields.connection),
		metChannel: prefill(personFields.metChannel),
		metEvent: prefill(personFields.metEvent),
		introducedById: prefill(personFields.introducedById),
		goals: longText('Goals'),
		interests: longText('Interests'),
		notes: longText('Notes'),
		cadenceDays: prefill(personFields.cadenceDays)
	})
);

export const interactionTemplateFieldsSchema = lazily(() =>
	z.strictObject({
		kind: prefill(interactionFields.kind),
		durationMinutes: prefill(interactionFields.durationMinutes),
		cost: prefill(interactionFields.cost),
		channel: prefill(interactionFields.channel),
		note: longText('A note')
	})
);

export const exchangeTemplateFieldsSchema = lazily(() =>
	z.strictObject({
		direction: prefill(exchangeFields.direction),
		kind: prefill(exchangeFields.kind),
		value: prefill(exchangeFields.value),
		note: longText('A note')
	})
);

export const leadTemplateFieldsSchema = lazily(() =>
	z.strictObject({
		title: prefill(leadFields.title),
		channel: prefill(leadFields.channel),
		referrerId: prefill(leadFields.referrerId),
		status: prefill(leadFields.status),
		estimatedValue: prefill(leadFields.estimatedValue),
		repeat: prefill(leadFields.repeat),
		note: longText('A note')
	})
);

export type PersonTemplateFields = z.output<typeof personTemplateFieldsSchema>;
export type InteractionTemplateFields = z.output<typeof interactionTemplateFieldsSchema>;
export type ExchangeTemplateFields = z.output<typeof exchangeTemplateFieldsSchema>;
export type LeadTemplateFields = z.output<typeof leadTemplateFieldsSchema>;

/** The longest template name. */
export const TEMPLATE_NAME_MAX = 60;

/** Two templates of one kind may not share this (their name, without case). */
export const templateNameKey = (t: { entity: string; name: string }) =>
	`${t.entity}:${t.name.toLowerCase()}`;

const templateName = lazily(() =>
	z.string({ error: 'A template needs a name.' }).check(
		z.trim(),
		z.minLength(1, { error: 'A template needs a name.' }),
		z.maxLength(TEMPLATE_NAME_MAX, {
			error: `Template names are at most ${TEMPLATE_NAME_MAX} characters.`
		})
	)
);

const hasFields = (fields: object) => Object.values(fields).some((v) => v !== undefined);
const fieldsRule = z.refine<object>(hasFields, {
	error: 'Fill in at least one field for the template to pre-fill.'
});

const base = { id: idSchema, name: templateName };
export const templateSchema = lazily(() =>
	z.discriminatedUnion('entity', [
		z.strictObject({
			...base,
			entity: z.literal('person'),
			fields: personTemplateFieldsSchema.check(fieldsRule)
		}),
		z.strictObject({
			...base,
			entity: z.literal('interaction'),
			fields: interactionTemplateFieldsSchema.check(fieldsRule)
		}),
		z.strictObject({
			...base,
			entity: z.literal('exchange'),
			fields: exchangeTemplateFieldsSchema.check(fieldsRule)
		}),
		z.strictObject({
			...base,
			entity: z.literal('lead'),
			fields: leadTemplateFieldsSchema.check(fieldsRule)
		})
	])
);

export type RecordTemplate = z.output<typeof templateSchema>;
export type TemplateOf<E extends TemplateEntity> = Extract<RecordTemplate, { entity: E }>;

/** The `templates` field of Settings. */
export const templatesSchema = lazily(() =>
	z.array(templateSchema).check(
		z.maxLength(MAX_TEMPLATES, { error: `At most ${MAX_TEMPLATES} templates.` }),
		z.refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, {
			error: 'Template ids must be unique.'
		}),
		z.refine((ts) => new Set(ts.map(templateNameKey)).size === ts.length, {
			error: 'Two templates of the same kind cannot share a name.'
		})
	)
);

export function templatesFor<E extends TemplateEntity>(
	templates: readonly RecordTemplate[],
	entity: E
): TemplateOf<E>[] {
	return templates.filter((t): t is TemplateOf<E> => t.entity === entity);
}

/** The list with `template` added, or replacing the one with its id (keeping its place). */
export function upsertTemplate(
	templates: readonly RecordTemplate[],
	template: RecordTemplate
): RecordTemplate[] {
	const at = templates.findIndex((t) => t.id === template.id);
	if (at === -1) return [...templates, template];
	return templates.map((t, i) => (i === at ? template : t));
}

export type ApplyResult<V> = {
	/** The values with every untouched field filled: what one tap does without asking. */
	values: V;
	/** The values with the template's fields written over what was typed too. */
	overwritten: V;
	/** Fields the template fills or changes without asking. */
	filled: (keyof V)[];
	/** Fields the user changed that the template would replace: ask before overwriting. */
	conflicts: (keyof V)[];
	/** The new "untouched" baseline: fields a template filled count as not typed. */
	initial: V;
	/** The baseline when the user agreed to overwrite. */
	initialOverwritten: V;
};

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies a template's form values (from `personTemplatePatch` and friends) to a
 * form. A field is untouched while it still equals `initial` (what the form
 * started with, plus what earlier templates filled): those are filled. A field
 * the user changed is never overwritten here; it is reported in `conflicts` and
 * `overwritten` holds the result should the user agree.
 */
export function applyTemplate<V extends object>(
	current: V,
	initial: V,
	patch: Partial<V>
): ApplyResult<V> {
	const values = { ...current };
	const overwritten = { ...current };
	const nextInitial = { ...initial };
	const nextInitialOverwritten = { ...initial };
	const filled: (keyof V)[] = [];
	const conflicts: (keyof V)[] = [];
	for (const key of Object.keys(patch) as (keyof V)[]) {
		const value = patch[key];
		if (value === undefined) continue;
		const copy = () => structuredClone(value) as V[keyof V];
		nextInitialOverwritten[key] = copy();
		overwritten[key] = copy();
		if (same(current[key], value)) {
			nextInitial[key] = copy();
		} else if (same(current[key], initial[key])) {
			values[key] = copy();
			nextInitial[key] = copy();
			filled.push(key);
		} else {
			conflicts.push(key);
		}
	}
	return {
		values,
		overwritten,
		filled,
		conflicts,
		initial: nextInitial,
		initialOverwritten: nextInitialOverwritten
	};
}
