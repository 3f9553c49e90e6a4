import { z } from 'zod';
import { daySchema, idSchema, NAME_MAX, NOTE_MAX, recordMeta, requiredText, text } from './common';
import { amountSchema } from './money';
import { LEAD_STATUSES } from './vocabulary';

export const leadFields = {
	title: requiredText('Lead', NAME_MAX),
	personId: idSchema.nullable().default(null),
	organisationId: idSchema.nullable().default(null),
	channel: idSchema,
	referrerId: idSchema.nullable().default(null),
	status: z.enum(LEAD_STATUSES, { error: 'Unknown status.' }).default('new'),
	lostReason: text('Reason', 500),
	estimatedValue: amountSchema.nullable().default(null),
	wonValue: amountSchema.nullable().default(null),
	firstContactOn: daySchema,
	closedOn: daySchema.nullable().default(null),
	repeat: z.boolean().default(false),
	note: text('Note', NOTE_MAX)
};

function checkDates(lead: { firstContactOn: string; closedOn: string | null }) {
	return lead.closedOn === null || lead.closedOn >= lead.firstContactOn;
}
const datesMessage = {
	error: 'The close date cannot be before the first contact.',
	path: ['closedOn']
};

export const leadDraftSchema = z.strictObject(leadFields).refine(checkDates, datesMessage);
export const leadSchema = z
	.strictObject({ ...recordMeta, ...leadFields })
	.refine(checkDates, datesMessage);

export type LeadDraft = z.input<typeof leadDraftSchema>;
export type Lead = z.output<typeof leadSchema>;
