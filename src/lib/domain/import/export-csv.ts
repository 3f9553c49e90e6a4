import Papa from 'papaparse';
import { dayOfTimestamp } from '../days';
import type { Exchange } from '../exchange';
import type { Interaction } from '../interaction';
import type { Lead } from '../lead';
import { formatMoneyInput, type Money } from '../money';
import type { Organisation } from '../organisation';
import type { Person } from '../person';
import type { Settings } from '../settings';
import {
	EXCHANGE_KIND_LABELS,
	INTERACTION_KIND_LABELS,
	LEAD_STATUS_LABELS,
	ROLE_LABELS
} from '../vocabulary';
import type { RecordUnit } from './fields';
import { neutralise } from './neutralise';
import { yieldToMain } from '../../yield';

export const EXPORT_ENTITIES = ['people', 'interactions', 'exchanges', 'leads'] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];

export const EXPORT_LABELS: Record<ExportEntity, string> = {
	people: 'People',
	interactions: 'Interactions',
	exchanges: 'Gives and receives',
	leads: 'Leads'
};

export type ExportData = {
	people: Person[];
	organisations: Organisation[];
	interactions: Interaction[];
	exchanges: Exchange[];
	leads: Lead[];
	settings: Settings;
};

/** Text cells are neutralised; numbers are ours (counts, minutes) and written as they are. */
export type Cell = string | number;
export type ExportTable = { fields: string[]; rows: Cell[][] };

// Several values in one cell: "; " reads well and splits back on import.
const LIST = '; ';
const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const amount = (m: Money | null) => (m ? formatMoneyInput(m) : '');

function lookups(data: ExportData) {
	const people = new Map(data.people.map((p) => [p.id, p.name]));
	const orgs = new Map(data.organisations.map((o) => [o.id, o.name]));
	const channels = new Map(data.settings.channels.map((c) => [c.id, c.name]));
	const leads = new Map(data.leads.map((l) => [l.id, l.title]));
	return {
		person: (id: string | null) => (id ? (people.get(id) ?? '(deleted person)') : ''),
		org: (id: string | null) => (id ? (orgs.get(id) ?? '(deleted organisation)') : ''),
		channel: (id: string | null) => (id ? (channels.get(id) ?? id) : ''),
		lead: (id: string | null) => (id ? (leads.get(id) ?? '') : '')
	};
}

/**
 * One entity as a table a spreadsheet reads: readable headers, names instead
 * of ids, dates as YYYY-MM-DD, money in major units ("1500.00") with its
 * currency beside it. Deleted records are left out; archived people are in.
 */
export function exportTable(entity: ExportEntity, data: ExportData): ExportTable {
	const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
		rows.filter((r) => r.deletedAt === null);
	const find = lookups({
		...data,
		people: live(data.people),
		organisations: live(data.organisations)
	});
	switch (entity) {
		case 'people':
			return {
				fields: [
					'Name',
					'Organisations',
					'Title',
					'Emails',
					'Phones',
					'Links',
					'Location',
					'Tags',
					'Roles',
					'Connection',
					'Met on',
					'Met via',
					'Met at (event)',
					'Introduced by',
					'Goals',
					'Interests',
					'Notes',
					'Keep in touch every (days)',
					'Archived',
					'Added',
					'Updated'
				],
				rows: live(data.people).map((p) => [
					p.name,
					p.organisationIds.map(find.org).join(LIST),
					p.title,
					p.emails.join(LIST),
					p.phones.join(LIST),
					p.links.map((l) => l.url).join(LIST),
					p.location,
					p.tags.join(LIST),
					p.roles.map((r) => ROLE_LABELS[r]).join(LIST),
					p.connection === 'following' ? 'Following' : 'Mutual',
					p.metOn ?? '',
					find.channel(p.metChannel),
					p.metEvent,
					find.person(p.introducedById),
					p.goals,
					p.interests,
					p.notes,
					p.cadenceDays ?? '',
					yesNo(p.archived),
					dayOfTimestamp(p.createdAt),
					dayOfTimestamp(p.updatedAt)
				])
			};
		case 'interactions':
			return {
				fields: [
					'Date',
					'Kind',
					'People',
					'Duration (minutes)',
					'Cost',
					'Cost currency',
					'Channel',
					'Note',
					'Follow-up on',
					'Follow-up done'
				],
				rows: live(data.interactions).map((i) => [
					i.date,
					INTERACTION_KIND_LABELS[i.kind],
					i.personIds.map(find.person).join(LIST),
					i.durationMinutes,
					amount(i.cost),
					i.cost?.currency ?? '',
					find.channel(i.channel),
					i.note,
					i.followUpOn ?? '',
					i.followUpOn ? yesNo(i.followUpDone) : ''
				])
			};
		case 'exchanges':
			return {
				fields: [
					'Date',
					'Person',
					'Direction',
					'Kind',
					'Value type',
					'Minutes',
					'Amount',
					'Currency',
					'Weight (1–5)',
					'Note',
					'Lead'
				],
				rows: live(data.exchanges).map((e) => [
					e.date,
					find.person(e.personId),
					e.direction === 'given' ? 'Given' : 'Received',
					EXCHANGE_KIND_LABELS[e.kind],
					e.value.type === 'time' ? 'Time' : e.value.type === 'money' ? 'Money' : 'Weight',
					e.value.type === 'time' ? e.value.minutes : '',
					e.value.type === 'money' ? amount(e.value.amount) : '',
					e.value.type === 'money' ? e.value.amount.currency : '',
					e.value.type === 'weight' ? e.value.weight : '',
					e.note,
					find.lead(e.leadId)
				])
			};
		case 'leads':
			return {
				fields: [
					'Lead',
					'Status',
					'Person',
					'Organisation',
					'Channel',
					'Referred by',
					'First contact',
					'Closed on',
					'Estimated value',
					'Estimated currency',
					'Won value',
					'Won currency',
					'Repeat business',
					'Lost reason',
					'Note'
				],
				rows: live(data.leads).map((l) => [
					l.title,
					LEAD_STATUS_LABELS[l.status],
					find.person(l.personId),
					find.org(l.organisationId),
					find.channel(l.channel),
					find.person(l.referrerId),
					l.firstContactOn,
					l.closedOn ?? '',
					amount(l.estimatedValue),
					l.estimatedValue?.currency ?? '',
					amount(l.wonValue),
					l.wonValue?.currency ?? '',
					yesNo(l.repeat),
					l.lostReason,
					l.note
				])
			};
	}
}

const SLICE = 5_000;

/**
 * The table as CSV text a spreadsheet opens cleanly: a UTF-8 byte-order mark
 * (so Excel reads accents), CRLF line ends, and text cells neutralised
 * against formula injection. Large tables are written in slices with pauses.
 */
export async function toCsv(table: ExportTable): Promise<string> {
	const parts = ['\uFEFF' + Papa.unparse([table.fields.map(neutralise)], { newline: '\r\n' })];
	for (let start = 0; start < table.rows.length; start += SLICE) {
		const slice = table.rows
			.slice(start, start + SLICE)
			.map((row) => row.map((c) => (typeof c === 'string' ? neutralise(c) : c)));
		parts.push(Papa.unparse(slice, { newline: '\r\n' }));
		if (start + SLICE < table.rows.length) await yieldToMain();
	}
	return parts.join('\r\n') + '\r\n';
}

export function exportFileName(entity: ExportEntity, today: string): string {
	return `rapport-${entity}-${today}.csv`;
}

/**
 * The rows an import could not take, with the reason, to fix in a spreadsheet; numbered as the
 * import screen shows them (a vCard's by contact).
 */
export function problemsTable(
	rows: readonly ({ row: number } & (
		{ action: 'error'; name: string; message: string } | { action: string }
	))[],
	unit: RecordUnit = 'row'
): ExportTable {
	return {
		fields: [unit === 'contact' ? 'Contact' : 'Row', 'Name', 'Problem'],
		rows: rows.flatMap((r) =>
			'message' in r && r.action === 'error' ? [[r.row, r.name, r.message]] : []
		)
	};
}
