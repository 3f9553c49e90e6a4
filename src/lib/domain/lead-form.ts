import type { Lead, LeadDraft } from './lead';
import { amountMessage, currencySchema, formatMoneyInput, readAmount, type Money } from './money';
import type { LeadStatus } from './vocabulary';
import { organisationFields } from './organisation';

/**
 * The organisation choice that adds a new one, named in a field of its own: never an
 * organisation's id (ids are UUIDs).
 */
export const NEW_ORGANISATION = '+new';

/** What is wrong with a new organisation's name, or null (the organisation's own rule). */
export function newOrganisationError(name: string): string | null {
	const check = organisationFields.name.safeParse(name.trim());
	return check.success ? null : (check.error.issues[0]?.message ?? 'Enter a name.');
}

/** What the lead form edits: text as typed. */
export type LeadFormValues = {
	title: string;
	personId: string;
	organisationId: string;
	channel: string;
	referrerId: string;
	status: LeadStatus;
	lostReason: string;
	estimatedAmount: string;
	estimatedCurrency: string;
	wonAmount: string;
	wonCurrency: string;
	firstContactOn: string;
	closedOn: string;
	repeat: boolean;
	note: string;
};

export function emptyLeadForm(options: {
	today: string;
	currency: string;
	channel: string;
	personId?: string;
	referrerId?: string;
}): LeadFormValues {
	return {
		title: '',
		personId: options.personId ?? '',
		organisationId: '',
		channel: options.channel,
		referrerId: options.referrerId ?? '',
		status: 'new',
		lostReason: '',
		estimatedAmount: '',
		estimatedCurrency: options.currency,
		wonAmount: '',
		wonCurrency: options.currency,
		firstContactOn: options.today,
		closedOn: '',
		repeat: false,
		note: ''
	};
}

export function leadToForm(lead: Lead, currency: string): LeadFormValues {
	return {
		title: lead.title,
		personId: lead.personId ?? '',
		organisationId: lead.organisationId ?? '',
		channel: lead.channel,
		referrerId: lead.referrerId ?? '',
		status: lead.status,
		lostReason: lead.lostReason,
		estimatedAmount: lead.estimatedValue ? formatMoneyInput(lead.estimatedValue) : '',
		estimatedCurrency: lead.estimatedValue?.currency ?? currency,
		wonAmount: lead.wonValue ? formatMoneyInput(lead.wonValue) : '',
		wonCurrency: lead.wonValue?.currency ?? lead.estimatedValue?.currency ?? currency,
		firstContactOn: lead.firstContactOn,
		closedOn: lead.closedOn ?? '',
		repeat: lead.repeat,
		note: lead.note
	};
}

const isClosed = (status: LeadStatus) => status === 'won' || status === 'lost';

/**
 * What follows from a change of status, as a person would expect: closing a
 * lead dates it today unless a date is set; winning starts the won value
 * from the estimate; reopening clears the close date.
 */
export function afterStatusChange(values: LeadFormValues, today: string): LeadFormValues {
	const next = { ...values };
	if (isClosed(next.status) && !next.closedOn) next.closedOn = today;
	if (!isClosed(next.status)) next.closedOn = '';
	if (next.status === 'won' && !next.wonAmount.trim() && next.estimatedAmount.trim()) {
		next.wonAmount = next.estimatedAmount;
		next.wonCurrency = next.estimatedCurrency;
	}
	return next;
}

function money(
	amount: string,
	currencyText: string,
	field: string,
	errors: Record<string, string>
): Money | null {
	if (!amount.trim()) return null;
	const currency = currencyText.trim().toUpperCase();
	const code = currencySchema.safeParse(currency);
	if (!code.success) {
		errors[field] = code.error.issues[0]?.message ?? 'Use a three-letter currency code.';
		return null;
	}
	const read = readAmount(amount, currency);
	if (!read.ok) {
		errors[field] = amountMessage(read.problem, currency, '4000 or 4,000.50');
		return null;
	}
	const minor = read.minor;
	if (minor < 0) {
		errors[field] = 'An amount cannot be negative.';
		return null;
	}
	return { amountMinor: minor, currency };
}

/**
 * The draft to validate, plus messages for what the schema cannot say: an
 * amount that is not one, a lost lead without a reason. A won value only
 * counts on a won lead; a reason only on a lost one.
 */
export function leadFormToDraft(values: LeadFormValues): {
	draft: LeadDraft;
	errors: Record<string, string>;
} {
	const errors: Record<string, string> = {};
	const estimatedValue = money(
		values.estimatedAmount,
		values.estimatedCurrency,
		'estimatedValue',
		errors
	);
	const wonValue =
		values.status === 'won'
			? money(values.wonAmount, values.wonCurrency, 'wonValue', errors)
			: null;
	const lostReason = values.status === 'lost' ? values.lostReason.trim() : '';
	if (values.status === 'lost' && !lostReason) {
		errors.lostReason = 'Say why it was lost; a few words are enough.';
	}
	return {
		errors,
		draft: {
			title: values.title,
			personId: values.personId || null,
			organisationId: values.organisationId || null,
			channel: values.channel,
			referrerId: values.referrerId || null,
			status: values.status,
			lostReason,
			estimatedValue,
			wonValue,
			firstContactOn: values.firstContactOn,
			closedOn: isClosed(values.status) ? values.closedOn || null : null,
			repeat: values.repeat,
			note: values.note
		}
	};
}
