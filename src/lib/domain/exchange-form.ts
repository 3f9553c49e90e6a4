import { lazily, z } from './zod';
import { typed } from './common';
import type { Exchange, ExchangeDraft, ExchangeValue } from './exchange';
import { amountMessage, formatMoneyInput, readAmount } from './money';
import {
	EXCHANGE_DIRECTIONS,
	EXCHANGE_KINDS,
	type ExchangeDirection,
	type ExchangeKind
} from './vocabulary';

export const VALUE_TYPES = ['weight', 'time', 'money'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** A give or receive as typed (in the quick log and on its own page); also a saved draft. */
export const exchangeFormValuesSchema = lazily(() =>
	z.object({
		direction: z.enum(EXCHANGE_DIRECTIONS),
		kind: z.enum(EXCHANGE_KINDS),
		valueType: z.enum(VALUE_TYPES),
		weight: typed(2),
		minutes: typed(20),
		amount: typed(40),
		currency: typed(3),
		note: typed(200_000),
		/** Empty in the quick log: the first person chosen there. */
		personId: typed(64),
		date: typed(20)
	})
);
export type ExchangeFormValues = z.infer<typeof exchangeFormValuesSchema>;

export function emptyExchangeForm(
	options: {
		date?: string;
		personId?: string;
		currency: string;
		direction?: ExchangeDirection;
		kind?: ExchangeKind;
	} = { currency: 'EUR' }
): ExchangeFormValues {
	return {
		direction: options.direction ?? 'received',
		kind: options.kind ?? 'advice',
		valueType: 'weight',
		weight: '3',
		minutes: '30',
		amount: '',
		currency: options.currency,
		note: '',
		personId: options.personId ?? '',
		date: options.date ?? ''
	};
}

export function exchangeToForm(exchange: Exchange): ExchangeFormValues {
	const v = exchange.value;
	return {
		direction: exchange.direction,
		kind: exchange.kind,
		valueType: v.type,
		weight: v.type === 'weight' ? String(v.weight) : '3',
		minutes: v.type === 'time' ? String(v.minutes) : '30',
		amount: v.type === 'money' ? formatMoneyInput(v.amount) : '',
		currency: v.type === 'money' ? v.amount.currency : '',
		note: exchange.note,
		personId: exchange.personId,
		date: exchange.date
	};
}

const whole = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/**
 * The draft to validate, plus a message when the amount or currency cannot be
 * read. Numbers that are not whole go through as NaN so the schema reports them
 * in its own words.
 */
export function exchangeFormToDraft(values: ExchangeFormValues): {
	draft: ExchangeDraft;
	amountError?: string;
} {
	let value: ExchangeValue;
	let amountError: string | undefined;
	if (values.valueType === 'time') value = { type: 'time', minutes: whole(values.minutes) };
	else if (values.valueType === 'weight') value = { type: 'weight', weight: whole(values.weight) };
	else {
		const currency = values.currency.trim().toUpperCase();
		const read = /^[A-Z]{3}$/.test(currency) ? readAmount(values.amount, currency) : null;
		const amount = read?.ok ? read.minor : null;
		if (!read) amountError = 'Use a three-letter currency code such as EUR.';
		else if (!read.ok) amountError = amountMessage(read.problem, currency, '50 or 12.50');
		value = { type: 'money', amount: { amountMinor: amount ?? Number.NaN, currency } };
	}
	return {
		amountError,
		draft: {
			date: values.date,
			personId: values.personId,
			direction: values.direction,
			kind: values.kind,
			value,
			note: values.note
		}
	};
}
