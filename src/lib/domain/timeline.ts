import type { Exchange, ExchangeValue } from './exchange';
import type { Interaction } from './interaction';
import type { Lead } from './lead';
import { formatMoney } from './money';

export type TimelineEntry =
	| { type: 'interaction'; date: string; id: string; interaction: Interaction }
	| { type: 'exchange'; date: string; id: string; exchange: Exchange }
	| { type: 'lead'; date: string; id: string; lead: Lead };

/** One history for a person: interactions, gives and receives, and leads, newest first. */
export function buildTimeline(
	interactions: readonly Interaction[],
	exchanges: readonly Exchange[],
	leads: readonly Lead[]
): TimelineEntry[] {
	const entries: TimelineEntry[] = [
		...interactions.map((i) => ({
			type: 'interaction' as const,
			date: i.date,
			id: i.id,
			interaction: i
		})),
		...exchanges.map((e) => ({ type: 'exchange' as const, date: e.date, id: e.id, exchange: e })),
		...leads.map((l) => ({ type: 'lead' as const, date: l.firstContactOn, id: l.id, lead: l }))
	];
	// ISO days and ids order correctly as plain strings, far faster than localeCompare.
	return entries.sort((a, b) =>
		a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
	);
}

export function describeValue(value: ExchangeValue): string {
	switch (value.type) {
		case 'time':
			return value.minutes >= 60 && value.minutes % 60 === 0
				? `${value.minutes / 60} h`
				: `${value.minutes} min`;
		case 'money':
			return formatMoney(value.amount);
		case 'weight':
			return `weight ${value.weight}/5`;
	}
}
