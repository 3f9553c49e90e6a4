import type { Organisation } from '../organisation';
import { dayOfTimestamp } from '../days';
import type { PersonRow } from '../people-query';
import { LEDGER_STATUS_LABELS, LEDGER_STATUSES } from '../ledger-status';
import { CONNECTIONS, ROLE_LABELS, ROLES } from '../vocabulary';
import type { FieldSet, Option } from './fields';

export type Channel = { id: string; name: string };

export type PeopleFilterContext = {
	organisations: ReadonlyMap<string, Organisation>;
	/** Tags in use, most used first. */
	tags: readonly string[];
	channels: readonly Channel[];
};

const CONNECTION_LABELS = { mutual: 'They know you', following: 'You follow their work' };

export const channelOptions = (channels: readonly Channel[]): Option[] =>
	channels.map((c) => ({ value: c.id, label: c.name }));

/** What People can be filtered on. Dates are days; cadence in days. */
export const PEOPLE_FIELDS: FieldSet<PersonRow, PeopleFilterContext> = {
	entity: 'people',
	fields: [
		{ key: 'name', label: 'Name', kind: 'text', get: (r) => r.person.name },
		{
			key: 'roles',
			label: 'Role',
			kind: 'values',
			get: (r) => r.person.roles,
			options: () => ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))
		},
		{
			key: 'tags',
			label: 'Tag',
			kind: 'values',
			caseless: true,
			get: (r) => r.person.tags,
			options: (ctx) => ctx.tags.map((t) => ({ value: t, label: t }))
		},
		{
			key: 'organisation',
			label: 'Organisation or community',
			kind: 'values',
			get: (r) => r.person.organisationIds,
			options: (ctx) =>
				[...ctx.organisations.values()]
					.map((o) => ({ value: o.id, label: o.name }))
					.sort((a, b) => a.label.localeCompare(b.label))
		},
		{
			key: 'lastContact',
			label: 'Last contact',
			kind: 'date',
			when: 'past',
			get: (r) => r.lastContactOn
		},
		{ key: 'nextDue', label: 'Next due', kind: 'date', when: 'both', get: (r) => r.nextDueOn },
		{
			key: 'cadence',
			label: 'Keep-in-touch cadence',
			kind: 'number',
			unit: 'days',
			get: (r) => r.person.cadenceDays
		},
		{
			key: 'created',
			label: 'Added to Rapport',
			kind: 'date',
			when: 'past',
			get: (r) => dayOfTimestamp(r.person.createdAt)
		},
		{
			key: 'connection',
			label: 'Connection',
			kind: 'values',
			get: (r) => r.person.connection,
			options: () => CONNECTIONS.map((c) => ({ value: c, label: CONNECTION_LABELS[c] }))
		},
		{
			key: 'balance',
			label: 'Give and take',
			kind: 'values',
			get: (r) => r.ledger.status,
			options: () => LEDGER_STATUSES.map((s) => ({ value: s, label: LEDGER_STATUS_LABELS[s] }))
		},
		{ key: 'metOn', label: 'Met on', kind: 'date', when: 'past', get: (r) => r.person.metOn },
		{
			key: 'metChannel',
			label: 'How you met (channel)',
			kind: 'values',
			get: (r) => r.person.metChannel,
			options: (ctx) => channelOptions(ctx.channels)
		},
		{ key: 'title', label: 'Title', kind: 'text', get: (r) => r.person.title },
		{ key: 'email', label: 'Email', kind: 'text', get: (r) => r.person.emails },
		{ key: 'location', label: 'Location', kind: 'text', get: (r) => r.person.location },
		{ key: 'notes', label: 'Notes', kind: 'text', get: (r) => r.person.notes },
		{
			key: 'goals',
			label: 'Goals and interests',
			kind: 'text',
			get: (r) => [r.person.goals, r.person.interests]
		},
		{
			key: 'archived',
			label: 'Archived',
			kind: 'flag',
			yes: 'Archived',
			no: 'Not archived',
			get: (r) => r.person.archived
		}
	]
};
