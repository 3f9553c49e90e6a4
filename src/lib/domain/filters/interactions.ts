import { typed } from '../common';
import type { Interaction } from '../interaction';
import { lazily, z } from '../zod';
import { INTERACTION_KIND_LABELS, INTERACTION_KINDS } from '../vocabulary';
import type { FieldSet } from './fields';
import type { FilterSpec } from './schema';
import { channelOptions, type Channel } from './people';

export type InteractionFilterContext = {
	/** Everyone who can be picked, by id (archived people too: old interactions name them). */
	people: ReadonlyMap<string, { name: string }>;
	channels: readonly Channel[];
};

export const INTERACTION_FIELDS: FieldSet<Interaction, InteractionFilterContext> = {
	entity: 'interactions',
	fields: [
		{
			key: 'kind',
			label: 'Kind',
			kind: 'values',
			get: (i) => i.kind,
			options: () => INTERACTION_KINDS.map((k) => ({ value: k, label: INTERACTION_KIND_LABELS[k] }))
		},
		{
			key: 'people',
			label: 'Person',
			kind: 'values',
			get: (i) => i.personIds,
			options: (ctx) =>
				[...ctx.people.entries()]
					.map(([value, p]) => ({ value, label: p.name }))
					.sort((a, b) => a.label.localeCompare(b.label))
		},
		{ key: 'date', label: 'Date', kind: 'date', when: 'past', get: (i) => i.date },
		{
			key: 'duration',
			label: 'Duration',
			kind: 'number',
			unit: 'minutes',
			get: (i) => i.durationMinutes
		},
		{ key: 'cost', label: 'Cost', kind: 'money', get: (i) => i.cost },
		{
			key: 'channel',
			label: 'Channel',
			kind: 'values',
			get: (i) => i.channel,
			options: (ctx) => channelOptions(ctx.channels)
		},
		{ key: 'note', label: 'Note', kind: 'text', get: (i) => i.note },
		{
			key: 'followUp',
			label: 'Follow-up date',
			kind: 'date',
			when: 'both',
			get: (i) => i.followUpOn
		},
		{
			key: 'followUpDone',
			label: 'Follow-up done',
			kind: 'flag',
			yes: 'Done',
			no: 'Not done',
			get: (i) => i.followUpDone
		}
	]
};

export const PERIODS = ['', '7', '30', '90', '365'] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_LABELS: Record<Period, string> = {
	'': 'Any time',
	'7': 'Last 7 days',
	'30': 'Last 30 days',
	'90': 'Last 90 days',
	'365': 'Last 12 months'
};

/** The Simple filters of the Interactions list. */
export type SimpleInteractionQuery = { search: string; kind: string; period: Period };
export const EMPTY_INTERACTION_QUERY: SimpleInteractionQuery = { search: '', kind: '', period: '' };

const SEARCH_MAX = 200;
const querySchema = lazily(() =>
	z.object({
		search: z.catch(typed(SEARCH_MAX), ''),
		kind: z.catch(z.enum(['', ...INTERACTION_KINDS]), ''),
		period: z.catch(z.enum(PERIODS), '')
	})
);

/**
 * The Simple filters kept in the address (`?search=lunch&kind=coffee&period=30`), so a
 * reload, Back and a bookmark keep them; anything unreadable falls back to "no filter".
 */
export function parseInteractionQuery(params: URLSearchParams): SimpleInteractionQuery {
	return querySchema.parse({
		search: params.get('search') ?? '',
		kind: params.get('kind') ?? '',
		period: params.get('period') ?? ''
	});
}

/** "?kind=coffee&period=30", or "" with no filter; parseInteractionQuery reads it back. */
export function interactionQueryToSearch(q: SimpleInteractionQuery): string {
	const params = new URLSearchParams();
	if (q.search !== '') params.set('search', q.search.slice(0, SEARCH_MAX));
	if (q.kind !== '') params.set('kind', q.kind);
	if (q.period !== '') params.set('period', q.period);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * Simple filters as the same filter list Advanced builds, most selective index
 * first (a period reads one date range; a kind one index value).
 */
export function simpleInteractionFilters(q: SimpleInteractionQuery): FilterSpec[] {
	const out: FilterSpec[] = [];
	const base = { mode: 'include' as const, locked: false };
	if (q.period !== '') {
		const n = Number(q.period);
		out.push({
			...base,
			field: 'date',
			condition:
				n === 365
					? { type: 'date', op: 'last', from: null, to: null, n: 12, unit: 'months' }
					: { type: 'date', op: 'last', from: null, to: null, n, unit: 'days' }
		});
	}
	if (q.kind !== '')
		out.push({ ...base, field: 'kind', condition: { type: 'values', values: [q.kind] } });
	if (q.search.trim() !== '') {
		out.push({ ...base, field: 'note', condition: { type: 'text', contains: q.search } });
	}
	return out;
}
