import type { Interaction } from '../interaction';
import { INTERACTION_KIND_LABELS, INTERACTION_KINDS } from '../vocabulary';
import type { FieldSet } from './fields';
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
