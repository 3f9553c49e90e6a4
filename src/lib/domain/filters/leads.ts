import { wonOn, type Lead } from '../lead';
import { LEAD_STATUS_LABELS, LEAD_STATUSES } from '../vocabulary';
import type { FieldSet, Option } from './fields';
import { channelOptions, type Channel } from './people';

export type LeadFilterContext = {
	/** People a lead can name (as the lead or as its referrer), by id. */
	people: ReadonlyMap<string, { name: string }>;
	organisations: ReadonlyMap<string, { name: string }>;
	channels: readonly Channel[];
};

const byName = (map: ReadonlyMap<string, { name: string }>): Option[] =>
	[...map.entries()]
		.map(([value, x]) => ({ value, label: x.name }))
		.sort((a, b) => a.label.localeCompare(b.label));

/** What leads can be filtered on (the leads page wires these in). */
export const LEAD_FIELDS: FieldSet<Lead, LeadFilterContext> = {
	entity: 'leads',
	fields: [
		{
			key: 'status',
			label: 'Status',
			kind: 'values',
			get: (l) => l.status,
			options: () => LEAD_STATUSES.map((s) => ({ value: s, label: LEAD_STATUS_LABELS[s] }))
		},
		{
			key: 'channel',
			label: 'Channel',
			kind: 'values',
			get: (l) => l.channel,
			options: (ctx) => channelOptions(ctx.channels)
		},
		{
			key: 'referrer',
			label: 'Referred by',
			kind: 'values',
			get: (l) => l.referrerId,
			options: (ctx) => byName(ctx.people)
		},
		{
			key: 'person',
			label: 'Person',
			kind: 'values',
			get: (l) => l.personId,
			options: (ctx) => byName(ctx.people)
		},
		{
			key: 'organisation',
			label: 'Organisation',
			kind: 'values',
			get: (l) => l.organisationId,
			options: (ctx) => byName(ctx.organisations)
		},
		{
			key: 'estimatedValue',
			label: 'Estimated value',
			kind: 'money',
			get: (l) => l.estimatedValue
		},
		{ key: 'wonValue', label: 'Won value', kind: 'money', get: (l) => l.wonValue },
		{
			key: 'firstContact',
			label: 'First contact',
			kind: 'date',
			when: 'past',
			get: (l) => l.firstContactOn
		},
		{ key: 'closed', label: 'Closed on', kind: 'date', when: 'past', get: (l) => l.closedOn },
		{
			key: 'won',
			label: 'Won on',
			kind: 'date',
			when: 'past',
			get: (l) => (l.status === 'won' ? wonOn(l) : null)
		},
		{
			key: 'repeat',
			label: 'Repeat business',
			kind: 'flag',
			yes: 'Repeat',
			no: 'New business',
			get: (l) => l.repeat
		},
		{ key: 'title', label: 'Lead', kind: 'text', get: (l) => l.title },
		{ key: 'note', label: 'Note', kind: 'text', get: (l) => [l.note, l.lostReason] }
	]
};
