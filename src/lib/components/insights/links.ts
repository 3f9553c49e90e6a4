import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { FilterSpec } from '$lib/domain/filters/schema';
import { filterSearch } from '$lib/domain/filters/url';
import type { LeadStatus } from '$lib/domain/vocabulary';

export const personHref = (id: string): ResolvedPathname => resolve('/people/[id]', { id });
export const organisationHref = (id: string): ResolvedPathname =>
	resolve('/organisations/[id]', { id });

const between = (field: string, range: { from: string; to: string }): FilterSpec => ({
	field,
	mode: 'include',
	locked: false,
	condition: { type: 'date', op: 'between', from: range.from, to: range.to, n: null, unit: 'days' }
});
const oneOf = (field: string, value: string): FilterSpec => ({
	field,
	mode: 'include',
	locked: false,
	condition: { type: 'values', values: [value] }
});

/**
 * The Interactions list with its advanced filters in the address: the days from
 * `from` to `to` (both included) and, when given, one kind. The date comes first,
 * so the list reads one index range.
 */
export function interactionsHref(range: { from: string; to: string }, kind?: string) {
	const filters = [between('date', range), ...(kind ? [oneOf('kind', kind)] : [])];
	return `${resolve('/interactions')}?${filterSearch('', 'advanced', filters)}` as ResolvedPathname;
}

/**
 * The Leads list of one channel's leads first contacted within a range (both days
 * included), and of one status when given: what a bar of leads, or a segment of the
 * pipeline, covers.
 */
export function leadsHref(
	channel: string,
	range: { from: string; to: string } | null,
	status?: LeadStatus
) {
	const filters = [
		oneOf('channel', channel),
		...(status ? [oneOf('status', status)] : []),
		...(range ? [between('firstContact', range)] : [])
	];
	return `${resolve('/leads')}?${filterSearch('', 'advanced', filters)}` as ResolvedPathname;
}

/**
 * The Leads list of one channel's leads won within a range (won on, both days
 * included): what a bar of won value covers. A lead is won in the period it closed
 * in, which may be long after its first contact, so the first-contact filter of
 * `leadsHref` would miss it; "Won on" counts a won lead without a close date on its
 * first contact, as Insights does.
 */
export function wonLeadsHref(channel: string, range: { from: string; to: string } | null) {
	const filters = [
		oneOf('status', 'won'),
		oneOf('channel', channel),
		...(range ? [between('won', range)] : [])
	];
	return `${resolve('/leads')}?${filterSearch('', 'advanced', filters)}` as ResolvedPathname;
}

/** What a channel bar measures: its won value (leads won in the period) or its leads (first contacted in it). */
export type ChannelMeasure = 'value' | 'leads';

/** The leads behind one channel's number in a range: those won in it, or those first contacted in it. */
export function channelLeadsHref(
	channel: string,
	measure: ChannelMeasure,
	range: { from: string; to: string } | null
) {
	return measure === 'value' ? wonLeadsHref(channel, range) : leadsHref(channel, range);
}

/**
 * The leads behind a direct referrer's number in a range, as the referrers chart counts
 * them: referred by them and won in it (won value, won count), or referred by them and
 * first contacted in it (leads).
 */
export function referrerLeadsHref(
	personId: string,
	measure: ChannelMeasure,
	range: { from: string; to: string } | null
) {
	const filters =
		measure === 'value'
			? [
					oneOf('status', 'won'),
					oneOf('referrer', personId),
					...(range ? [between('won', range)] : [])
				]
			: [oneOf('referrer', personId), ...(range ? [between('firstContact', range)] : [])];
	return `${resolve('/leads')}?${filterSearch('', 'advanced', filters)}` as ResolvedPathname;
}

/**
 * Where bar `index` of series `series` in the channel chart goes: series 0 is this
 * period, series 1 the previous one, so a previous-period bar opens that period's
 * leads (same channel, same measure), never this period's. Null past the rows, or
 * for a previous-period bar when there is no previous period.
 */
export function channelBarHref(
	channelIds: readonly string[],
	measure: ChannelMeasure,
	periods: {
		range: { from: string; to: string } | null;
		previous: { from: string; to: string } | null;
	},
	index: number,
	series: number
) {
	const channel = channelIds[index];
	if (channel === undefined) return null;
	if (series === 0) return channelLeadsHref(channel, measure, periods.range);
	if (series === 1 && periods.previous) return channelLeadsHref(channel, measure, periods.previous);
	return null;
}
