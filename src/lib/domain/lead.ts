import { lazily, z } from './zod';
import {
	daySchema,
	idSchema,
	NAME_MAX,
	NOTE_MAX,
	recordMeta,
	requiredText,
	text,
	orNull
} from './common';
import { amountSchema } from './money';
import { LEAD_STATUSES } from './vocabulary';

export const leadFields = lazily(() => ({
	title: requiredText('The lead', NAME_MAX, 'Say what it is, for example “Website rebuild”.'),
	personId: orNull(idSchema),
	organisationId: orNull(idSchema),
	channel: idSchema,
	referrerId: orNull(idSchema),
	status: z._default(z.enum(LEAD_STATUSES, { error: 'Unknown status.' }), 'new'),
	lostReason: text('Reason', 500),
	estimatedValue: orNull(amountSchema),
	wonValue: orNull(amountSchema),
	firstContactOn: daySchema,
	closedOn: orNull(daySchema),
	repeat: z._default(z.boolean(), false),
	note: text('Note', NOTE_MAX)
}));

function checkDates(lead: { firstContactOn: string; closedOn: string | null }) {
	return lead.closedOn === null || lead.closedOn >= lead.firstContactOn;
}
const datesInOrder = z.refine<{ firstContactOn: string; closedOn: string | null }>(checkDates, {
	error: 'The close date cannot be before the first contact.',
	path: ['closedOn']
});

export const leadDraftSchema = lazily(() => z.strictObject({ ...leadFields }).check(datesInOrder));
export const leadSchema = lazily(() =>
	z.strictObject({ ...recordMeta, ...leadFields }).check(datesInOrder)
);

export type LeadDraft = z.input<typeof leadDraftSchema>;
export type Lead = z.output<typeof leadSchema>;

/**
 * The day a won lead counts as won: its close date, else (a close date cleared or never
 * imported) its first contact. Insights and the Leads list's "Won on" filter both use it.
 */
export const wonOn = (lead: Pick<Lead, 'closedOn' | 'firstContactOn'>) =>
	lead.closedOn ?? lead.firstContactOn;
