import type { ExchangeFormValues } from './exchange-form';
import type { LeadDraft } from './lead';
import type { LeadFormValues } from './lead-form';
import type { LogFormValues } from './log-form';
import { formatMoneyInput } from './money';
import type { PersonFormValues } from './person-form';
import type {
	ExchangeTemplateFields,
	InteractionTemplateFields,
	LeadTemplateFields,
	PersonTemplateFields
} from './templates';

/**
 * A template's fields as form values, ready for `applyTemplate`. References are
 * checked here, when the template is used: a channel removed from Settings or a
 * person deleted since the template was made is left out and named in `skipped`.
 */
export type TemplatePatch<V> = { patch: Partial<V>; skipped: string[] };

export type TemplateContext = {
	/** Channel ids in Settings now; null to keep every channel (the template editor). */
	channelIds: readonly string[] | null;
	/** Whether a person exists and is not deleted. */
	personExists: (id: string) => boolean;
	/** The currency the form enters money in (the quick log's cost). */
	currency: string;
};

/** For the template editor: every reference counts as valid, so nothing is dropped. */
export function editorContext(currency: string): TemplateContext {
	return { channelIds: null, personExists: () => true, currency };
}
const anyChannel = (ctx: TemplateContext, id: string) =>
	ctx.channelIds === null || ctx.channelIds.includes(id);

const CHANNEL_GONE = 'the channel, removed from Settings since';
const PERSON_GONE = 'deleted or archived since';

export function personTemplatePatch(
	fields: PersonTemplateFields,
	ctx: TemplateContext
): TemplatePatch<PersonFormValues> {
	const patch: Partial<PersonFormValues> = {};
	const skipped: string[] = [];
	if (fields.title !== undefined) patch.title = fields.title;
	if (fields.organisationNames) patch.organisations = fields.organisationNames.join('\n');
	if (fields.location !== undefined) patch.location = fields.location;
	if (fields.tags) patch.tags = fields.tags.join(', ');
	if (fields.roles) patch.roles = [...fields.roles];
	if (fields.connection) patch.following = fields.connection === 'following';
	if (fields.metChannel !== undefined) {
		if (anyChannel(ctx, fields.metChannel)) patch.metChannel = fields.metChannel;
		else skipped.push(CHANNEL_GONE);
	}
	if (fields.metEvent !== undefined) patch.metEvent = fields.metEvent;
	if (fields.introducedById !== undefined) {
		if (ctx.personExists(fields.introducedById)) patch.introducedById = fields.introducedById;
		else skipped.push(`who introduced them (${PERSON_GONE})`);
	}
	if (fields.goals !== undefined) patch.goals = fields.goals;
	if (fields.interests !== undefined) patch.interests = fields.interests;
	if (fields.notes !== undefined) patch.notes = fields.notes;
	if (fields.cadenceDays !== undefined) patch.cadenceDays = String(fields.cadenceDays);
	return { patch, skipped };
}

export function interactionTemplatePatch(
	fields: InteractionTemplateFields,
	ctx: TemplateContext
): TemplatePatch<LogFormValues> {
	const patch: Partial<LogFormValues> = {};
	const skipped: string[] = [];
	if (fields.kind) patch.kind = fields.kind;
	if (fields.durationMinutes !== undefined) patch.duration = String(fields.durationMinutes);
	if (fields.cost) {
		// The quick log enters cost in one currency; a cost in another is never converted.
		if (fields.cost.currency === ctx.currency) patch.cost = formatMoneyInput(fields.cost);
		else skipped.push(`the cost (in ${fields.cost.currency}, not ${ctx.currency})`);
	}
	if (fields.channel !== undefined) {
		if (anyChannel(ctx, fields.channel)) patch.channel = fields.channel;
		else skipped.push(CHANNEL_GONE);
	}
	if (fields.note !== undefined) patch.note = fields.note;
	return { patch, skipped };
}

export function exchangeTemplatePatch(
	fields: ExchangeTemplateFields
): TemplatePatch<ExchangeFormValues> {
	const patch: Partial<ExchangeFormValues> = {};
	if (fields.direction) patch.direction = fields.direction;
	if (fields.kind) patch.kind = fields.kind;
	const value = fields.value;
	if (value) {
		patch.valueType = value.type;
		if (value.type === 'weight') patch.weight = String(value.weight);
		else if (value.type === 'time') patch.minutes = String(value.minutes);
		else {
			patch.amount = formatMoneyInput(value.amount);
			patch.currency = value.amount.currency;
		}
	}
	if (fields.note !== undefined) patch.note = fields.note;
	return { patch, skipped: [] };
}

/** Lead fields as a draft patch: the lead form maps them onto its own values. */
export function leadTemplatePatch(
	fields: LeadTemplateFields,
	ctx: TemplateContext
): TemplatePatch<Partial<LeadDraft>> {
	const patch: Partial<LeadDraft> = {};
	const skipped: string[] = [];
	if (fields.title !== undefined) patch.title = fields.title;
	if (fields.channel !== undefined) {
		if (anyChannel(ctx, fields.channel)) patch.channel = fields.channel;
		else skipped.push(CHANNEL_GONE);
	}
	if (fields.referrerId !== undefined) {
		if (ctx.personExists(fields.referrerId)) patch.referrerId = fields.referrerId;
		else skipped.push(`the referrer (${PERSON_GONE})`);
	}
	if (fields.status) patch.status = fields.status;
	if (fields.estimatedValue) patch.estimatedValue = { ...fields.estimatedValue };
	if (fields.repeat !== undefined) patch.repeat = fields.repeat;
	if (fields.note !== undefined) patch.note = fields.note;
	return { patch, skipped };
}

/** Field labels for "this template would replace what you typed in …". */
export const PERSON_FORM_LABELS: Record<keyof PersonFormValues, string> = {
	name: 'Name',
	title: 'Title',
	organisations: 'Organisations',
	emails: 'Emails',
	phones: 'Phones',
	links: 'Links',
	location: 'Location',
	tags: 'Tags',
	roles: 'Roles',
	following: 'I follow their work',
	metOn: 'Date met',
	metChannel: 'Channel',
	metEvent: 'Event',
	introducedById: 'Introduced by',
	goals: 'Goals',
	interests: 'Interests',
	notes: 'Notes',
	cadenceDays: 'Keep in touch every'
};

export const LOG_FORM_LABELS: Record<keyof LogFormValues, string> = {
	personIds: 'Who',
	kind: 'What',
	duration: 'Minutes',
	date: 'Date',
	cost: 'Cost',
	channel: 'Channel',
	note: 'Note',
	followUpOn: 'Follow up on',
	followUpDone: 'Done',
	exchange: 'Gave or received'
};

export const EXCHANGE_FORM_LABELS: Record<keyof ExchangeFormValues, string> = {
	direction: 'Gave or received',
	kind: 'What was exchanged',
	valueType: 'What it was worth',
	weight: 'Weight',
	minutes: 'Minutes',
	amount: 'Amount',
	currency: 'Currency',
	note: 'Note',
	personId: 'With',
	date: 'Date'
};

/** "Tags and Notes", "Title, Tags and Notes". */
export function listLabels(labels: string[]): string {
	if (labels.length <= 1) return labels.join('');
	return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

export const LEAD_FORM_LABELS: Record<keyof LeadFormValues, string> = {
	title: 'What is it?',
	personId: 'Person',
	organisationId: 'Organisation',
	channel: 'Channel',
	referrerId: 'Referred by',
	status: 'Status',
	lostReason: 'Reason',
	estimatedAmount: 'Estimated value',
	estimatedCurrency: 'Estimated value currency',
	wonAmount: 'Won value',
	wonCurrency: 'Won value currency',
	firstContactOn: 'First contact',
	closedOn: 'Closed on',
	repeat: 'Repeat business',
	note: 'Note'
};

/** A lead template's draft patch in the lead form's own terms (text amounts, '' for none). */
export function leadFormTemplatePatch(
	fields: LeadTemplateFields,
	ctx: TemplateContext
): TemplatePatch<LeadFormValues> {
	const { patch: draft, skipped } = leadTemplatePatch(fields, ctx);
	const patch: Partial<LeadFormValues> = {};
	if (draft.title !== undefined) patch.title = draft.title;
	if (draft.channel !== undefined) patch.channel = draft.channel;
	if (draft.referrerId !== undefined) patch.referrerId = draft.referrerId ?? '';
	if (draft.status !== undefined) patch.status = draft.status;
	if (draft.estimatedValue) {
		patch.estimatedAmount = formatMoneyInput(draft.estimatedValue);
		patch.estimatedCurrency = draft.estimatedValue.currency;
	}
	if (draft.repeat !== undefined) patch.repeat = draft.repeat;
	if (draft.note !== undefined) patch.note = draft.note;
	return { patch, skipped };
}
