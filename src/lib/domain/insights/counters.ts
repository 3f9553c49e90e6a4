import type { Exchange } from '../exchange';
import { lowerBound } from '../sorted';
import type { Interaction } from '../interaction';
import { wonOn, type Lead } from '../lead';
import type { Person } from '../person';

/**
 * The Insights aggregates: small rows of integer counters per day, month,
 * year and all time, kept in the same transaction as every write (db/derived.ts)
 * so the page reads a few rows instead of 100,000 records. A record contributes
 * counters (a key and an amount) on one day; the same amounts are added to that
 * day's, month's, year's and the all-time row. Edits subtract the old contribution
 * and add the new one, so the stored rows always equal `insightRows` recomputed
 * from scratch.
 *
 * Rows are split by family, so a chart reads only what it needs:
 * - `a` activity, by interaction date: count and minutes per kind, and what was paid
 *   out of pocket per currency;
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

/**
 * One stored row: `id` is `<family>|<bucket>`, the bucket `d2026-11-23`, `m2026-11`,
 * `y2026` or `all`, so one family's days are a single key range (the weekly chart
 * reads them so). The counters are stored as two lists, keys `k` in code-unit order
 * and their amounts `v`, not as an object: IndexedDB hands an object back by
 * creating every key as a property (all time: about 37,000 of them, 95 ms in a page
 * that has just opened), but a list of strings without that work (25 ms), and
 * Insights adds them up in Maps anyway.
 */
export type InsightRow = { id: string; k: string[]; v: number[] };

/**
 * A stored row from counters, keys in code-unit order (so equal counters are
 * stored alike, whatever order they were added in); zero counters are left out.
 */
export function packRow(id: string, counters: Counters | Map<string, number>): InsightRow {
	const amounts = counters instanceof Map ? counters : new Map(Object.entries(counters));
	const k = [...amounts.keys()].filter((name) => amounts.get(name) !== 0).sort();
	return { id, k, v: k.map((name) => amounts.get(name)!) };
}

/** A stored row's counters as an object (only the keys `keep` accepts, when given). */
export function countersOf(
	row: Pick<InsightRow, 'k' | 'v'> | undefined,
	keep?: (key: string) => boolean
): Counters {
	const out: Counters = {};
	if (!row) return out;
	const { k, v } = row;
	for (let i = 0; i < k.length; i++) if (!keep || keep(k[i]!)) out[k[i]!] = v[i]!;
	return out;
}

/**
 * A stored row (or none yet) with `delta` added, keeping its keys in order:
 * each key is found by binary search, so a save touching a few counters of a
 * row of thousands neither sorts nor rebuilds it. Counters that reach zero go.
 */
export function addToRow(id: string, row: InsightRow | undefined, delta: Counters): InsightRow {
	const k = row ? [...row.k] : [];
	const v = row ? [...row.v] : [];
	for (const name in delta) {
		const amount = delta[name]!;
		const lo = lowerBound(k, name);
		if (k[lo] === name) {
			const next = v[lo]! + amount;
			if (next !== 0) v[lo] = next;
			else {
				k.splice(lo, 1);
				v.splice(lo, 1);
			}
		} else if (amount !== 0) {
			k.splice(lo, 0, name);
			v.splice(lo, 0, amount);
		}
	}
	return { id, k, v };
}

/** The all-time row of each family, from its year rows (for databases kept before it existed). */
export function allTimeRows(rows: readonly InsightRow[]): InsightRow[] {
	const byFamily = new Map<string, InsightRow[]>();
	for (const row of rows) {
		const [family, bucket] = row.id.split('|') as [string, string];
		if (!bucket.startsWith('y')) continue;
		let years = byFamily.get(family);
		if (!years) byFamily.set(family, (years = []));
		years.push(row);
	}
	return [...byFamily]
		.map(([family, years]) => packRow(rowId(ALL_TIME, family as Family), sumRows(years)))
		.filter((row) => row.k.length > 0);
}

/**
 * Adds stored rows' counters into one (through a Map: no property per key until
 * the end), only the keys `keep` accepts when given.
 */
export function sumRows(
	rows: readonly (Pick<InsightRow, 'k' | 'v'> | undefined)[],
	keep?: (key: string) => boolean
): Counters {
	const present = rows.filter((row) => row !== undefined);
	// One row (all time, a month): its keys are distinct and never zero, no Map needed.
	if (present.length === 1) return countersOf(present[0], keep);
	const sum = new Map<string, number>();
	for (const row of present) {
		const { k, v } = row;
		for (let i = 0; i < k.length; i++) {
			if (keep && !keep(k[i]!)) continue;
			sum.set(k[i]!, (sum.get(k[i]!) ?? 0) + v[i]!);
		}
	}
	const out: Counters = {};
	for (const [name, n] of sum) if (n !== 0) out[name] = n;
	return out;
}

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

/** The activity counter of what was paid out of pocket, per currency. */
export const SPENT = 'c$';

/** The channel an interaction's time counts for when it names none itself. */
export const NO_CHANNEL = '';

/** Receives counters one at a time: the bulk fold adds them up without building lists. */
export type Emit = (day: string, family: Family, key: string, amount: number) => void;

/** Builds a counter key from its parts (see `key`). */
export type Keys = (metric: string, a: string, b?: string) => string;
const plainKeys: Keys = (metric, a, b) => (b === undefined ? key(metric, a) : key(metric, a, b));

/**
 * The same key string object for the same parts: a Map hashes a string once and
 * remembers it, so a bulk fold over 220,000 records looks keys up by strings it
 * has already hashed instead of hashing a new concatenation every time.
 */
function internedKeys(): Keys {
	const cache = new Map<string, Map<string, string | Map<string, string>>>();
	return (metric, a, b) => {
		let byA = cache.get(metric);
		if (!byA) cache.set(metric, (byA = new Map()));
		if (b === undefined) {
			let k = byA.get(a) as string | undefined;
			if (k === undefined) byA.set(a, (k = key(metric, a)));
			return k;
		}
		let byB = byA.get(a) as Map<string, string> | undefined;
		if (!byB) byA.set(a, (byB = new Map()));
		let k = byB.get(b);
		if (k === undefined) byB.set(b, (k = key(metric, a, b)));
		return k;
	};
}

function collect(write: (emit: Emit) => void): Contribution[] {
	const out: Contribution[] = [];
	write((day, family, k, amount) => {
		if (amount !== 0) out.push({ day, family, key: k, amount });
	});
	return out;
}

/**
 * A live interaction's counters. Its time counts for its own channel or, when it
 * has none, for the channels its people were met through (each once); and for
 * every organisation of its people, each organisation once however many of its
 * members took part (as the organisation page counts it).
 */
export function emitInteraction(
	i: Interaction,
	people: PeopleLookup,
	emit: Emit,
	k: Keys = plainKeys
) {
	if (i.deletedAt !== null) return;
	const { date, kind, durationMinutes: minutes } = i;
	emit(date, 'a', k('n', kind), 1);
	if (minutes) emit(date, 'a', k('m', kind), minutes);
	if (i.cost?.amountMinor) emit(date, 'a', k(SPENT, i.cost.currency), i.cost.amountMinor);
	const channels = new Set<string>();
	const organisations = new Set<string>();
	for (const id of i.personIds) {
		const facts = people(id);
		if (!i.channel && facts?.metChannel) channels.add(facts.metChannel);
		for (const o of facts?.organisationIds ?? []) organisations.add(o);
		if (minutes) emit(date, personShard(id), k('m', id), minutes);
	}
	if (i.channel) channels.add(i.channel);
	if (channels.size === 0) channels.add(NO_CHANNEL);
	for (const c of channels) {
		emit(date, 't', k('cn', c), 1);
		if (minutes) emit(date, 't', k('cm', c), minutes);
	}
	for (const o of organisations) {
		emit(date, 't', k('on', o), 1);
		if (minutes) emit(date, 't', k('om', o), minutes);
	}
}

export const interactionCounters = (i: Interaction, people: PeopleLookup) =>
	collect((emit) => emitInteraction(i, people, emit));

/** A live exchange's counters: the same sums as the per-person ledger totals, per day. */
export function emitExchange(e: Exchange, emit: Emit, k: Keys = plainKeys) {
	if (e.deletedAt !== null) return;
	const side = e.direction === 'given' ? 'g' : 'r';
	emit(e.date, 'x', k(side, 'n'), 1);
	const v = e.value;
	if (v.type === 'time') emit(e.date, 'x', k(side, 'm'), v.minutes);
	else if (v.type === 'weight') emit(e.date, 'x', k(side, `w${v.weight}`), 1);
	else if (v.amount.amountMinor) {
		emit(e.date, 'x', k(side, '$', v.amount.currency), v.amount.amountMinor);
	}
}

export const exchangeCounters = (e: Exchange) => collect((emit) => emitExchange(e, emit));

const R_CODE = 'r'.charCodeAt(0);
const SEP_CODE = SEP.charCodeAt(0);

/**
 * A lead counter of one referrer (`r`, `rn`, `r$`): most of a period's lead keys
 * (4,500 of 4,900 in the benchmark's data), read only for the referrer ranking.
 */
export function isReferrerKey(k: string): boolean {
	if (k.charCodeAt(0) !== R_CODE) return false;
	const second = k.charCodeAt(1);
	return second === SEP_CODE || (k.charCodeAt(2) === SEP_CODE && (k[1] === 'n' || k[1] === '$'));
}

/**
 * A live lead's counters: on its first contact, one lead for its channel and
 * current status and for its referrer; once won, on the day won, the win and its
 * value for the channel, the referrer, the organisation, and the client and
 * referrer as people (each once).
 */
export function emitLead(lead: Lead, emit: Emit, k: Keys = plainKeys) {
	if (lead.deletedAt !== null) return;
	const opened = lead.firstContactOn;
	emit(opened, 'l', k('s', lead.channel, lead.status), 1);
	if (lead.referrerId) emit(opened, 'l', k('r', lead.referrerId), 1);
	if (lead.status !== 'won') return;
	const day = wonOn(lead);
	emit(day, 'l', k('wn', lead.channel), 1);
	if (lead.referrerId) emit(day, 'l', k('rn', lead.referrerId), 1);
	const value = lead.wonValue;
	if (!value || value.amountMinor === 0) return;
	const { currency, amountMinor } = value;
	emit(day, 'l', k('w$', lead.channel, currency), amountMinor);
	if (lead.referrerId) emit(day, 'l', k('r$', lead.referrerId, currency), amountMinor);
	if (lead.organisationId) emit(day, 'l', k('o$', lead.organisationId, currency), amountMinor);
	for (const p of new Set([lead.personId, lead.referrerId])) {
		if (p) emit(day, personShard(p), k('w', p, currency), amountMinor);
	}
}

export const leadCounters = (lead: Lead) => collect((emit) => emitLead(lead, emit));

/**
 * What work won for an organisation brought in, per currency, from a lead row (the all-time
 * row: every lead won for it, ever): its `o$` counters. Empty when nothing was won with a value.
 */
export function wonForOrganisation(
	row: Pick<InsightRow, 'k' | 'v'> | undefined,
	organisationId: string
): Record<string, number> {
	const out: Record<string, number> = {};
	if (!row) return out;
	const prefix = key('o$', organisationId, '');
	for (let i = 0; i < row.k.length; i++) {
		const name = row.k[i]!;
		if (name.startsWith(prefix)) out[name.slice(prefix.length)] = row.v[i]!;
	}
	return out;
}

/** The bucket of every day: all time in one row per family (the page's default period). */
export const ALL_TIME = 'all';

/** The four buckets a day's counters are added to. */
export const bucketsOfDay = (day: string) => [
	`d${day}`,
	`m${day.slice(0, 7)}`,
	`y${day.slice(0, 4)}`,
	ALL_TIME
];

export const rowId = (bucket: string, family: Family) => `${family}|${bucket}`;

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

/**
 * Folds records into Insights' rows a batch at a time (a restore folds each
 * chunk while the database writes the previous ones), then `rows()` gives what
 * `insightRows` gives for all of them.
 */
export function insightFolder(lookup: PeopleLookup) {
	// Day rows first (Maps: fast with keys made on the fly), then each day rolled
	// up into its month and year: 220,000 records fold in a fraction of the time
	// of adding every counter to three rows.
	const days = new Map<string, Map<string, number>>();
	const rowIds = internedKeys();
	const keys = internedKeys();
	const emit: Emit = (day, family, k, amount) => {
		const id = rowIds(family, day);
		let row = days.get(id);
		if (!row) days.set(id, (row = new Map()));
		row.set(k, (row.get(k) ?? 0) + amount);
	};
	return {
		interactions(rows: readonly Interaction[]) {
			for (const i of rows) emitInteraction(i, lookup, emit, keys);
		},
		exchanges(rows: readonly Exchange[]) {
			for (const e of rows) emitExchange(e, emit, keys);
		},
		leads(rows: readonly Lead[]) {
			for (const l of rows) emitLead(l, emit, keys);
		},
		/** Every row with a counter (rows with none are left out). */
		rows(): InsightRow[] {
			const rolled = new Map<string, Map<string, number>>();
			const rows: [string, Map<string, number>][] = [];
			for (const [interned, row] of days) {
				const [family, day] = splitKey(interned) as [Family, string];
				rows.push([rowId(`d${day}`, family), row]);
				for (const up of [
					rowId(`m${day.slice(0, 7)}`, family),
					rowId(`y${day.slice(0, 4)}`, family),
					rowId(ALL_TIME, family)
				]) {
					let sum = rolled.get(up);
					if (!sum) rolled.set(up, (sum = new Map()));
					for (const [k, n] of row) sum.set(k, (sum.get(k) ?? 0) + n);
				}
			}
			const out: InsightRow[] = [];
			for (const [id, row] of [...rows, ...rolled]) {
				const packed = packRow(id, row);
				if (packed.k.length > 0) out.push(packed);
			}
			return out;
		}
	};
}

/** Every aggregate row for a whole dataset (rows with no counter are left out). */
export function insightRows(
	people: readonly Person[],
	interactions: readonly Interaction[],
	exchanges: readonly Exchange[],
	leads: readonly Lead[]
): InsightRow[] {
	const byId = new Map(people.map((p) => [p.id, p]));
	const folder = insightFolder((id) => byId.get(id));
	folder.interactions(interactions);
	folder.exchanges(exchanges);
	folder.leads(leads);
	return folder.rows();
}
