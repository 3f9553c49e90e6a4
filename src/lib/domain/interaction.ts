import { lazily, z } from './zod';
import { daySchema, idSchema, NOTE_MAX, recordMeta, text, orNull, uniqueArray } from './common';
import { amountSchema } from './money';
import { INTERACTION_KINDS } from './vocabulary';

export const MAX_DURATION_MINUTES = 24 * 60;

export const interactionFields = lazily(() => ({
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
}));

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A follow-up is due on or after the day it follows up on: one dated before would show as
 * overdue the moment it is saved. Checked on what a person enters (the quick log, new or
 * edited; one already done is never overdue, so an old entry stays editable), not on stored
 * records: a backup or restore holding such a row from before this rule still loads. Days
 * that are not days yet are left to the date checks.
 */
const followUpNotBefore = z.refine<{
	date: string;
	followUpOn: string | null;
	followUpDone?: boolean;
}>(
	(i) =>
		i.followUpOn === null ||
		i.followUpDone ||
		!DAY.test(i.date) ||
		!DAY.test(i.followUpOn) ||
		i.followUpOn >= i.date,
	{ error: 'Follow up on or after the day of the interaction.', path: ['followUpOn'] }
);

export const interactionDraftSchema = lazily(() =>
	z.strictObject({ ...interactionFields }).check(followUpNotBefore)
);
export const interactionSchema = lazily(() =>
	z.strictObject({ ...recordMeta, ...interactionFields })
);

export type InteractionDraft = z.input<typeof interactionDraftSchema>;
export type Interaction = z.output<typeof interactionSchema>;

/** Newest day first; on the same day, the larger id first (a stable order for lists). */
export const newestFirst = (a: Interaction, b: Interaction) =>
	a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
