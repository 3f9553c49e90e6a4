import { z } from './zod';
import { daySchema, idSchema, NOTE_MAX, recordMeta, text, orNull, uniqueArray } from './common';
import { amountSchema } from './money';
import { INTERACTION_KINDS } from './vocabulary';

export const MAX_DURATION_MINUTES = 24 * 60;

export const interactionFields = {
	date: daySchema,
	kind: z.enum(INTERACTION_KINDS, { error: 'Choose what kind of touchpoint it was.' }),
	// A prefault, not a default: a default skips the checks, and a record left without its
	// list would be stored with nobody in it.
	personIds: z.prefault(
		uniqueArray(idSchema, 'people', 50).check(
			z.refine((ids) => ids.length > 0, { error: 'Choose at least one person.' })
		),
		[]
	),
	durationMinutes: z._default(
		z
			.int({ error: 'Duration is a whole number of minutes.' })
			.check(
				z.minimum(0, { error: 'Duration cannot be negative.' }),
				z.maximum(MAX_DURATION_MINUTES, { error: 'Duration is at most 24 hours.' })
			),
		0
	),
	cost: orNull(amountSchema),
	channel: orNull(idSchema),
	note: text('Note', NOTE_MAX),
	followUpOn: orNull(daySchema),
	followUpDone: z._default(z.boolean(), false)
};

export const interactionDraftSchema = z.strictObject(interactionFields);
export const interactionSchema = z.strictObject({ ...recordMeta, ...interactionFields });

export type InteractionDraft = z.input<typeof interactionDraftSchema>;
export type Interaction = z.output<typeof interactionSchema>;

/** Newest day first; on the same day, the larger id first (a stable order for lists). */
export const newestFirst = (a: Interaction, b: Interaction) =>
	a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
