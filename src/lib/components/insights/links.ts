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
