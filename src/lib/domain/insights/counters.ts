import type { Exchange } from '../exchange';
import type { Interaction } from '../interaction';
import type { Lead } from '../lead';
import type { Person } from '../person';

/**
 * The Insights aggregates: small rows of integer counters per day, month and
 * year, kept in the same transaction as every write (db/derived.ts) so the page
 * reads a few rows instead of 100,000 records. A record contributes counters
 * (a key and an amount) on one day; the same amounts are added to that day's,
 * month's and year's row. Edits subtract the old contribution and add the new
 * one, so the stored rows always equal `insightRows` recomputed from scratch.
 *
 * Rows are split by family, so a chart reads only what it needs:
 * - `a` activity, by interaction date: count and minutes per kind;
 * - `t` time, by interaction date: count and minutes per channel and per
 *   organisation (both resolved from the people in it, see `interactionCounters`);
 * - `p0`…`p7` people, by interaction date: minutes per person (the largest rows,
 *   so no count is kept: all-time reads stay small); and,
 *   on the day a lead was won, its value per person (the client and the referrer);
 * - `x` exchanges, by date: the ledger sums (count, minutes, weights, money) per direction;
 * - `l` leads: by first contact, leads per channel and status and per referrer;
 *   on the day won, wins and value per channel, referrer and organisation.
 * Money is kept per currency, never summed across currencies.
 */

export type Counters = Record<string, number>;
export type Family = 'a' | 't' | 'x' | 'l' | `p${number}`;
export const PERSON_SHARDS = 8;
export const FAMILIES: readonly Family[] = [
	'a',
	't',
	'x',
	'l',
	...Array.from({ length: PERSON_SHARDS }, (_, i) => `p${i}` as Family)
];

/** One stored row: `id` is `<bucket>|<family>`, the bucket `d2026-11-23`, `m2026-11` or `y2026`. */
export type InsightRow = { id: string; c: Counters };

/** Joins the parts of a counter key (ids may contain any printable character). */
export const SEP = '\u001f';
export const key = (...parts: string[]) => parts.join(SEP);
export const splitKey = (k: string) => k.split(SEP);

/** A contribution: `amount` added to counter `key` of `family` on `day`. */
export type Contribution = { day: string; family: Family; key: string; amount: number };

/** Which of the person rows holds a person (a cheap, stable hash of the id). */
export function personShard(personId: string): Family {
	let h = 0;
	for (let i = 0; i < personId.length; i++) h = (h * 31 + personId.charCodeAt(i)) >>> 0;
	return `p${h % PERSON_SHARDS}`;
}

/** What the aggregates need to know about a person: resolved at write time. */
export type PersonFacts = Pick<Person, 'organisationIds' | 'metChannel'>;
export type PeopleLookup = (id: string) => PersonFacts | undefined;

/** The channel an interaction's time counts for when it names none itself. */
export const NO_CHANNEL = '';

/**
 * A live interaction's counters. Its time counts for its own channel or, when it
 * has none, for the channels its people were met through (each once); and for
 * every organisation of its people, each organisation once however many of its
 * members took part (as the organisation page counts it).
 */
export function interactionCounters(i: Interaction, people: PeopleLookup): Contribution[] {
	if (i.deletedAt !== null) return [];
	const out: Contribution[] = [];
	const add = (family: Family, k: string, amount: number) =>
		amount !== 0 && out.push({ day: i.date, family, key: k, amount });
	add('a', key('n', i.kind), 1);
	add('a', key('m', i.kind), i.durationMinutes);
	const channels = new Set<string>();
	const organisations = new Set<string>();
	for (const id of i.personIds) {
		const facts = people(id);
		if (!i.channel && facts?.metChannel) channels.add(facts.metChannel);
		for (const o of facts?.organisationIds ?? []) organisations.add(o);
		add(personShard(id), key('m', id), i.durationMinutes);
	}
	if (i.channel) channels.add(i.channel);
	if (channels.size === 0) channels.add(NO_CHANNEL);
	for (const c of channels) {
		add('t', key('cn', c), 1);
		add('t', key('cm', c), i.durationMinutes);
	}
	for (const o of organisations) {
		add('t', key('on', o), 1);
		add('t', key('om', o), i.durationMinutes);
	}
	return out;
}

/** A live exchange's counters: the same sums as the per-person ledger totals, per day. */
export function exchangeCounters(e: Exchange): Contribution[] {
	if (e.deletedAt !== null) return [];
	const side = e.direction === 'given' ? 'g' : 'r';
	const c = (k: string, amount: number): Contribution => ({
		day: e.date,
		family: 'x',
		key: k,
		amount
	});
	const out = [c(key(side, 'n'), 1)];
	const v = e.value;
	if (v.type === 'time') out.push(c(key(side, 'm'), v.minutes));
	else if (v.type === 'weight') out.push(c(key(side, `w${v.weight}`), 1));
	else out.push(c(key(side, '$', v.amount.currency), v.amount.amountMinor));
	return out.filter((x) => x.amount !== 0);
}

/** The day a won lead counts as won: its close date, else its first contact. */
export const wonOn = (lead: Lead) => lead.closedOn ?? lead.firstContactOn;

/**
 * A live lead's counters: on its first contact, one lead for its channel and
 * current status and for its referrer; once won, on the day won, the win and its
 * value for the channel, the referrer, the organisation, and the client and
 * referrer as people (each once).
 */
export function leadCounters(lead: Lead): Contribution[] {
	if (lead.deletedAt !== null) return [];
	const opened = lead.firstContactOn;
	const out: Contribution[] = [
		{ day: opened, family: 'l', key: key('s', lead.channel, lead.status), amount: 1 }
	];
	if (lead.referrerId)
		out.push({ day: opened, family: 'l', key: key('r', lead.referrerId), amount: 1 });
	if (lead.status !== 'won') return out;
	const day = wonOn(lead);
	const l = (k: string, amount: number) => out.push({ day, family: 'l', key: k, amount });
	l(key('wn', lead.channel), 1);
	if (lead.referrerId) l(key('rn', lead.referrerId), 1);
	const value = lead.wonValue;
	if (!value || value.amountMinor === 0) return out;
	const { currency, amountMinor } = value;
	l(key('w$', lead.channel, currency), amountMinor);
	if (lead.referrerId) l(key('r$', lead.referrerId, currency), amountMinor);
	if (lead.organisationId) l(key('o$', lead.organisationId, currency), amountMinor);
	for (const p of new Set([lead.personId, lead.referrerId])) {
		if (p)
			out.push({ day, family: personShard(p), key: key('w', p, currency), amount: amountMinor });
	}
	return out;
}

/** The three buckets a day's counters are added to. */
export const bucketsOfDay = (day: string) => [
	`d${day}`,
	`m${day.slice(0, 7)}`,
	`y${day.slice(0, 4)}`
];

export const rowId = (bucket: string, family: Family) => `${bucket}|${family}`;

/** Adds contributions (times `sign`) into rows by id; zero counters are dropped. */
export function addInto(rows: Map<string, Counters>, contributions: Contribution[], sign: 1 | -1) {
	for (const { day, family, key: k, amount } of contributions) {
		for (const bucket of bucketsOfDay(day)) {
			const id = rowId(bucket, family);
			let c = rows.get(id);
			if (!c) rows.set(id, (c = {}));
			const next = (c[k] ?? 0) + sign * amount;
			if (next === 0) delete c[k];
			else c[k] = next;
		}
	}
}

/** The ids of the rows some contributions touch. */
export function rowIdsOf(contributions: Contribution[]): string[] {
	const ids = new Set<string>();
	for (const { day, family } of contributions) {
		for (const bucket of bucketsOfDay(day)) ids.add(rowId(bucket, family));
	}
	return [...ids];
}

/** Every aggregate row for a whole dataset (rows with no counter are left out). */
export function insightRows(
	people: readonly Person[],
	interactions: readonly Interaction[],
	exchanges: readonly Exchange[],
	leads: readonly Lead[]
): InsightRow[] {
	const byId = new Map(people.map((p) => [p.id, p]));
	const lookup: PeopleLookup = (id) => byId.get(id);
	const rows = new Map<string, Counters>();
	for (const i of interactions) addInto(rows, interactionCounters(i, lookup), 1);
	for (const e of exchanges) addInto(rows, exchangeCounters(e), 1);
	for (const l of leads) addInto(rows, leadCounters(l), 1);
	return [...rows].filter(([, c]) => Object.keys(c).length > 0).map(([id, c]) => ({ id, c }));
}
