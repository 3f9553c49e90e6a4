import { lazily, z } from './zod';
import { typed } from './common';
import { periodRange } from './insights/period';
import type { Lead } from './lead';
import { LEAD_STATUSES, type LeadStatus } from './vocabulary';

/** The pipeline's filters, kept in the address so a filtered view can be bookmarked or shared. */
export const PERIODS = ['all', '30d', '90d', 'year', '12m'] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_LABELS: Record<Period, string> = {
	all: 'Any time',
	'30d': 'Last 30 days',
	'90d': 'Last 90 days',
	year: 'This year',
	'12m': 'Last 12 months'
};

export type PipelineFilter = {
	channel: string;
	referrer: string;
	period: Period;
	/** First contact from / to these days ('' for open): what a bar on Insights covers. */
	from: string;
	to: string;
};
export const EMPTY_FILTER: PipelineFilter = {
	channel: '',
	referrer: '',
	period: 'all',
	from: '',
	to: ''
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const filterSchema = lazily(() =>
	z.object({
		channel: z.catch(typed(64), ''),
		referrer: z.catch(typed(64), ''),
		period: z.catch(z.enum(PERIODS), 'all'),
		from: z.catch(z.string().check(z.regex(DAY)), ''),
		to: z.catch(z.string().check(z.regex(DAY)), '')
	})
);

/** Reads the filters from an address; anything unreadable falls back to "no filter". */
export function parseFilter(params: URLSearchParams): PipelineFilter {
	return filterSchema.parse({
		channel: params.get('channel') ?? '',
		referrer: params.get('referrer') ?? '',
		period: params.get('period') ?? 'all',
		from: params.get('from') ?? '',
		to: params.get('to') ?? ''
	});
}

/** "?channel=blog&period=90d", or "" with no filter. */
export function filterToSearch(filter: PipelineFilter): string {
	const params = new URLSearchParams();
	if (filter.channel) params.set('channel', filter.channel);
	if (filter.referrer) params.set('referrer', filter.referrer);
	if (filter.period !== 'all') params.set('period', filter.period);
	if (filter.from) params.set('from', filter.from);
	if (filter.to) params.set('to', filter.to);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * How many filters narrow the list ("Filters (2 on)" while they are folded away): the
 * channel, the referrer, the period, and a from–to range of first contacts counted as one.
 */
export function activeFilterCount(filter: PipelineFilter): number {
	return [
		filter.channel !== '',
		filter.referrer !== '',
		filter.period !== 'all',
		filter.from !== '' || filter.to !== ''
	].filter(Boolean).length;
}

/** The days a period covers (first contact within them): the same days as on Insights. */
export function periodDays(period: Period, today: string) {
	return periodRange({ kind: 'relative', period }, today);
}

/** `referrer` "none" keeps leads nobody referred. */
export function filterLeads<L extends Pick<Lead, 'channel' | 'referrerId' | 'firstContactOn'>>(
	leads: readonly L[],
	filter: PipelineFilter,
	today: string
): L[] {
	const { from, to } = periodDays(filter.period, today);
	return leads.filter(
		(l) =>
			(!filter.channel || l.channel === filter.channel) &&
			(!filter.referrer ||
				(filter.referrer === 'none' ? l.referrerId === null : l.referrerId === filter.referrer)) &&
			(from === null || l.firstContactOn >= from) &&
			(to === null || l.firstContactOn <= to) &&
			(!filter.from || l.firstContactOn >= filter.from) &&
			(!filter.to || l.firstContactOn <= filter.to)
	);
}

/** Leads by status, in pipeline order, each keeping the order given (newest first). */
export function byStatus<L extends Pick<Lead, 'status'>>(
	leads: readonly L[]
): { status: LeadStatus; leads: L[] }[] {
	const groups = Object.fromEntries(LEAD_STATUSES.map((s) => [s, [] as L[]])) as Record<
		LeadStatus,
		L[]
	>;
	for (const lead of leads) groups[lead.status].push(lead);
	return LEAD_STATUSES.map((status) => ({ status, leads: groups[status] }));
}

/** Who referred at least one lead, with how many. */
export function referrerCounts(leads: readonly Pick<Lead, 'referrerId'>[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const l of leads) if (l.referrerId) counts[l.referrerId] = (counts[l.referrerId] ?? 0) + 1;
	return counts;
}
