import { rootConnector } from '../attribution';
import { lowerBound } from '../sorted';
import type { LedgerSide } from '../ledger';
import { sideWorth, type LedgerRules, type Worth } from '../ledger-value';
import type { Settings } from '../settings';
import { addSpent, type TimeSpent } from '../time-cost';
import {
	INTERACTION_KINDS,
	LEAD_STATUSES,
	type InteractionKind,
	type LeadStatus
} from '../vocabulary';
import {
	isReferrerKey,
	NO_CHANNEL,
	SEP,
	SPENT,
	splitKey,
	type Counters,
	type InsightRow
} from './counters';

/**
 * Every number Insights shows, from summed counters (see counters.ts). Pure:
 * the page reads the rows, these functions turn them into chart rows.
 */

/** Ties broken by id, by code unit: a collator is far too slow for 10,000 people. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A counter key's metric (its first part), without splitting the rest: most
 * keys of a period's lead counters are per referrer, and a chart of channels
 * skips them before making an array of their parts.
 */
export const metricOf = (k: string) => {
	const cut = k.indexOf(SEP);
	return cut < 0 ? k : k.slice(0, cut);
};

/**
 * The first `limit` of `rows` in `compare` order, as `[...rows].sort(compare).slice(0, limit)`
 * gives them, in one pass: ranking 10,000 people to show ten need not sort them all.
 * `compare` must be a total order (ties broken by id), so the result is unique.
 */
export function selectFirst<T>(
	rows: Iterable<T>,
	compare: (a: T, b: T) => number,
	limit: number,
	/**
	 * The number `compare` orders by first, highest first, when it has one: once the
	 * list is full, a row below the last kept one's comes after it, whatever the
	 * tie-breaks, and is passed over without calling `compare`.
	 */
	lead?: (row: T) => number
): T[] {
	const out: T[] = [];
	if (limit <= 0) return out;
	for (const row of rows) {
		if (lead && out.length === limit && lead(row) < lead(out[limit - 1]!)) continue;
		if (wouldKeep(out, row, compare, limit)) keep(out, row, compare, limit);
	}
	return out;
}

/** Whether `row` belongs in `kept`, the first `limit` so far in `compare` order. */
const wouldKeep = <T>(kept: readonly T[], row: T, compare: (a: T, b: T) => number, limit: number) =>
	limit > 0 && (kept.length < limit || compare(row, kept[limit - 1]!) < 0);

/** Puts `row` in its place in `kept` (after `wouldKeep`), dropping the one pushed past `limit`. */
function keep<T>(kept: T[], row: T, compare: (a: T, b: T) => number, limit: number) {
	// Insertion from the end: the kept list is short.
	let i = kept.length === limit ? limit - 1 : kept.length;
	while (i > 0 && compare(row, kept[i - 1]!) < 0) {
		kept[i] = kept[i - 1]!;
		i--;
	}
	kept[i] = row;
}

/** Money per currency, in minor units: never summed across currencies. */
export type Amounts = Record<string, number>;

const addAmount = (amounts: Amounts, currency: string, minor: number) => {
	amounts[currency] = (amounts[currency] ?? 0) + minor;
};

/** Channel names from Settings; a channel removed since keeps its id as its name. */
export function channelName(channels: Settings['channels'], id: string): string {
	if (id === NO_CHANNEL) return 'No channel';
	return channels.find((c) => c.id === id)?.name ?? id;
}

/**
 * The currency the charts draw: your own, unless nothing is in it and something
 * is in another (then the one with the most). Other currencies go to the tables.
 */
export function chartCurrency(base: string, amounts: readonly Amounts[]): string {
	const totals: Amounts = {};
	for (const a of amounts) for (const [c, n] of Object.entries(a)) addAmount(totals, c, n);
	const ranked = Object.entries(totals).sort((a, b) => b[1] - a[1]);
	return base in totals || ranked.length === 0 ? base : ranked[0]![0];
}

/** Interactions, minutes and out-of-pocket spending in activity counters. */
export function timeSpentOf(activity: Counters): TimeSpent {
	let count = 0;
	let minutes = 0;
	const spent: Record<string, number> = {};
	for (const [k, n] of Object.entries(activity)) {
		const [metric, currency] = splitKey(k);
		if (metric === 'n') count += n;
		else if (metric === 'm') minutes += n;
		else if (metric === SPENT) addSpent(spent, currency!, n);
	}
	return { count, minutes, spent };
}

// 1. Leads and won value by channel, this period and the one before.

export type ChannelStats = { leads: number; won: number; wonMinor: Amounts };
export type ChannelComparison = {
	channelId: string;
	name: string;
	current: ChannelStats;
	previous: ChannelStats | null;
};

function statsByChannel(leads: Counters): Map<string, ChannelStats> {
	const out = new Map<string, ChannelStats>();
	const at = (id: string) => {
		let s = out.get(id);
		if (!s) out.set(id, (s = { leads: 0, won: 0, wonMinor: {} }));
		return s;
	};
	for (const k in leads) {
		const m = metricOf(k);
		if (m !== 's' && m !== 'wn' && m !== 'w$') continue;
		const n = leads[k]!;
		const [metric, channel, currency] = splitKey(k) as [string, string, string];
		if (metric === 's') at(channel).leads += n;
		else if (metric === 'wn') at(channel).won += n;
		else if (metric === 'w$') addAmount(at(channel).wonMinor, currency, n);
	}
	return out;
}

/** Channels in Settings order, then any others that have data; channels with nothing in either period are left out. */
export function channelComparison(
	current: Counters,
	previous: Counters | null,
	channels: Settings['channels']
): ChannelComparison[] {
	const now = statsByChannel(current);
	const before = previous ? statsByChannel(previous) : null;
	const ids = [
		...new Set([...channels.map((c) => c.id), ...now.keys(), ...(before?.keys() ?? [])])
	];
	const empty = (): ChannelStats => ({ leads: 0, won: 0, wonMinor: {} });
	return ids
		.filter((id) => now.has(id) || before?.has(id))
		.map((id) => ({
			channelId: id,
			name: channelName(channels, id),
			current: now.get(id) ?? empty(),
			previous: before ? (before.get(id) ?? empty()) : null
		}));
}

/**
 * The previous period to compare with, and its lead counters; null when it counted no
 * lead at all (before any data, say): a comparison with nothing is noise, a
 * "Previous period" of empty bars and "compared with" dates nothing happened in.
 */
export function comparedPeriod<R>(
	previous: R | null,
	leads: Counters | null
): { previous: R; leads: Counters } | null {
	if (!previous || !leads) return null;
	for (const k in leads) if (leads[k] !== 0) return { previous, leads };
	return null;
}

// 2. Top referrers, direct and root connector.

export type ReferrerStats = { personId: string; leads: number; won: number; wonMinor: Amounts };

/**
 * Leads referred, wins and won value per direct referrer in the period, from the
 * stored lead rows (one referrer's keys in several rows add up).
 */
export function referrerStats(
	rows: readonly (Pick<InsightRow, 'k' | 'v'> | undefined)[]
): ReferrerStats[] {
	const out = new Map<string, ReferrerStats>();
	const at = (id: string) => {
		let s = out.get(id);
		if (!s) out.set(id, (s = { personId: id, leads: 0, won: 0, wonMinor: {} }));
		return s;
	};
	for (const row of rows) {
		if (!row) continue;
		for (let i = 0; i < row.k.length; i++) {
			// Thousands of referrers: parsed in place, no array per key.
			const k = row.k[i]!;
			if (!isReferrerKey(k)) continue;
			const n = row.v[i]!;
			// `r` then the separator; or `rn` / `r$` then the separator.
			const kind = k[1] === SEP ? 'r' : k[1];
			if (kind === '$') {
				const end = k.indexOf(SEP, 3);
				addAmount(at(k.slice(3, end)).wonMinor, k.slice(end + 1), n);
			} else if (kind === 'r') at(k.slice(2)).leads += n;
			else at(k.slice(3)).won += n;
		}
	}
	return [...out.values()];
}

/**
 * The same numbers credited to each referrer's root connector (attribution.ts):
 * everyone a root's chain of introductions brought in adds up under the root.
 */
export type RootStats = ReferrerStats & { referrers: number };

export function rootStats(
	direct: readonly ReferrerStats[],
	introducedBy: (id: string) => string | null | undefined
): RootStats[] {
	const out = new Map<string, RootStats>();
	for (const s of direct) {
		const { rootId } = rootConnector(s.personId, introducedBy);
		let r = out.get(rootId);
		if (!r)
			out.set(rootId, (r = { personId: rootId, leads: 0, won: 0, wonMinor: {}, referrers: 0 }));
		r.leads += s.leads;
		r.won += s.won;
		r.referrers += 1;
		for (const [c, n] of Object.entries(s.wonMinor)) addAmount(r.wonMinor, c, n);
	}
	return [...out.values()];
}

export type RankBy = 'value' | 'leads';

/** Highest first, by won value in `currency` (then leads) or by leads (then value); ties by id. */
export function rankReferrers<T extends ReferrerStats>(
	rows: readonly T[],
	by: RankBy,
	currency: string,
	limit = 10
): T[] {
	const value = (r: T) => r.wonMinor[currency] ?? 0;
	// Thousands of referrers, ten shown: most are passed over on their first measure.
	return selectFirst(
		rows,
		(a, b) =>
			by === 'value'
				? value(b) - value(a) || b.leads - a.leads || byId(a.personId, b.personId)
				: b.leads - a.leads || value(b) - value(a) || byId(a.personId, b.personId),
		limit,
		by === 'value' ? value : (r) => r.leads
	);
}

// 3. Return on time.

const NO_AMOUNTS: Amounts = Object.freeze({});
const M_CODE = 'm'.charCodeAt(0);
const W_CODE = 'w'.charCodeAt(0);
/**
 * Where a people row's minutes keys and won keys start and end (see rankedPeopleEnds):
 * the separator sorts below every character an end bound puts after the letter.
 */
const MINUTES_FROM = `m${SEP}`;
const MINUTES_TO = 'm\u0020';
const WON_FROM = `w${SEP}`;
const WON_TO = 'w\u0020';

export type ReturnDimension = 'person' | 'organisation' | 'channel';
export type ReturnRow = {
	id: string;
	count: number;
	minutes: number;
	/** The time valued at the hourly rate, in minor units of your currency (0 without a rate). */
	timeMinor: number;
	returnedMinor: Amounts;
	/** Value returned in your currency minus the time's value at your rate. */
	net: number;
};

/**
 * Time spent and value returned per person, organisation or channel. Time:
 * interactions' durations (a person's: every interaction they were in; an
 * organisation's: every interaction with any member, once). Returned: won
 * leads' value (a person: as client or referrer; an organisation: the lead's;
 * a channel: the lead's channel).
 */
export function returnOnTime(
	dimension: ReturnDimension,
	counters: {
		time: Counters;
		/** The stored rows, unsummed: the ranking adds them up itself (10,000 keys, no copy). */
		people: readonly (Pick<InsightRow, 'k' | 'v'> | undefined)[];
		leads: Counters;
	},
	settings: Pick<Settings, 'hourlyRateMinor' | 'currency'>
): ReturnRow[] {
	// One row per id, filled as the counters are read (10,000 people: one map, one object each;
	// the few who returned anything get their own amounts, the rest share an empty one).
	const rows = new Map<string, ReturnRow>();
	const at = (id: string) => {
		let r = rows.get(id);
		if (!r) {
			r = { id, count: 0, minutes: 0, timeMinor: 0, returnedMinor: NO_AMOUNTS, net: 0 };
			rows.set(id, r);
		}
		return r;
	};
	const addTime = (id: string, metric: 'count' | 'minutes', n: number) => {
		at(id)[metric] += n;
	};
	const addReturned = (id: string, currency: string, n: number) => {
		const r = at(id);
		if (r.returnedMinor === NO_AMOUNTS) r.returnedMinor = {};
		addAmount(r.returnedMinor, currency, n);
	};
	if (dimension === 'person') {
		// The largest fold (a key per person, `m` minutes or `w` won, both one letter):
		// parsed in place, no array per key.
		for (const row of counters.people) {
			if (!row) continue;
			const { k: keys, v: values } = row;
			for (let i = 0; i < keys.length; i++) {
				const k = keys[i]!;
				const metric = k.charCodeAt(0);
				if (metric === M_CODE) addTime(k.slice(2), 'minutes', values[i]!);
				else if (metric === W_CODE) {
					const end = k.indexOf(SEP, 2);
					addReturned(k.slice(2, end), k.slice(end + 1), values[i]!);
				}
			}
		}
	} else {
		const [countKey, minutesKey, moneyKey] =
			dimension === 'organisation' ? ['on', 'om', 'o$'] : ['cn', 'cm', 'w$'];
		for (const k in counters.time) {
			const metric = metricOf(k);
			if (metric !== countKey && metric !== minutesKey) continue;
			const id = k.slice(metric.length + 1);
			addTime(id, metric === countKey ? 'count' : 'minutes', counters.time[k]!);
		}
		for (const k in counters.leads) {
			if (metricOf(k) !== moneyKey) continue;
			const [, id, currency] = splitKey(k) as [string, string, string];
			addReturned(id, currency, counters.leads[k]!);
		}
	}
	const out = [...rows.values()];
	for (const r of out) price(r, settings);
	return out;
}

/** Minutes at an hourly rate, in minor units. */
const timeValue = (minutes: number, hourlyRateMinor: number) =>
	Math.round((minutes * hourlyRateMinor) / 60);

/** Values a row's time at the hourly rate and nets it against what came back (mutates it). */
function price(r: ReturnRow, settings: Pick<Settings, 'hourlyRateMinor' | 'currency'>) {
	r.timeMinor = timeValue(r.minutes, settings.hourlyRateMinor);
	r.net = (r.returnedMinor[settings.currency] ?? 0) - r.timeMinor;
}

/**
 * The ranking: what pays best first (value returned minus the time's value);
 * without an hourly rate, by value returned, then least time. Ties by id.
 */
export function rankReturns(rows: readonly ReturnRow[], currency: string): ReturnRow[] {
	return [...rows].sort(returnOrder(currency));
}

function returnOrder(currency: string) {
	const returnedIn = (r: ReturnRow) => r.returnedMinor[currency] ?? 0;
	return (a: ReturnRow, b: ReturnRow) =>
		b.net - a.net || returnedIn(b) - returnedIn(a) || a.minutes - b.minutes || byId(a.id, b.id);
}

/** The `best` that pay most and the `worst` that cost most, without repeats, in ranking order. */
export function ends<T>(ranked: readonly T[], best = 8, worst = 5): T[] {
	if (ranked.length <= best + worst) return [...ranked];
	return [...ranked.slice(0, best), ...ranked.slice(ranked.length - worst)];
}

/**
 * `ends(rankReturns(rows, currency), best, worst)` without sorting every row:
 * the best and the worst are picked in one pass each (10,000 people, 26 shown).
 */
export function rankedEnds(
	rows: readonly ReturnRow[],
	currency: string,
	best = 8,
	worst = 5
): ReturnRow[] {
	if (rows.length <= best + worst) return rankReturns(rows, currency);
	const order = returnOrder(currency);
	const last = selectFirst(rows, (a, b) => order(b, a), worst).reverse();
	return [...selectFirst(rows, order, best), ...last];
}

/**
 * `rankedEnds(returnOnTime('person', …), currency, best, worst)` for people rows
 * that hold each person at most once (one row per shard: a period read as one
 * bucket, such as all time). Only the people who make either end become rows;
 * the other thousands are passed over on their net alone, or compared through
 * one reused scratch row.
 *
 * A row's keys are in code-unit order (counters.ts), so its minutes keys (`m`, the
 * separator, the id) are one run, found by binary search, and so are its won keys
 * (`w`, the separator, the id, the separator, the currency). The few hundred who
 * returned value are walked beside the 10,000 minutes keys in the same order, with
 * no lookup for the others.
 */
export function rankedPeopleEnds(
	people: readonly (Pick<InsightRow, 'k' | 'v'> | undefined)[],
	settings: Pick<Settings, 'hourlyRateMinor' | 'currency'>,
	currency: string,
	best = 8,
	worst = 5
): ReturnRow[] {
	const order = returnOrder(currency);
	const reversed = (a: ReturnRow, b: ReturnRow) => order(b, a);
	const top: ReturnRow[] = [];
	const bottom: ReturnRow[] = [];
	const scratch: ReturnRow = {
		id: '',
		count: 0,
		minutes: 0,
		timeMinor: 0,
		returnedMinor: NO_AMOUNTS,
		net: 0
	};
	let seen = 0;
	const consider = (id: string, minutes: number, amounts: Amounts) => {
		seen++;
		scratch.id = id;
		scratch.minutes = minutes;
		scratch.returnedMinor = amounts;
		price(scratch, settings);
		const inTop = wouldKeep(top, scratch, order, best);
		const inBottom = wouldKeep(bottom, scratch, reversed, worst);
		if (!inTop && !inBottom) return;
		const row = { ...scratch };
		if (inTop) keep(top, row, order, best);
		if (inBottom) keep(bottom, row, reversed, worst);
	};
	const rate = settings.hourlyRateMinor;
	for (const row of people) {
		if (!row) continue;
		const { k: keys, v: values } = row;
		const minutesFrom = lowerBound(keys, MINUTES_FROM);
		const minutesTo = lowerBound(keys, MINUTES_TO);
		// Who returned value (a few hundred), by their minutes key, one key per currency.
		const returned = new Map<string, Amounts>();
		for (let i = lowerBound(keys, WON_FROM), to = lowerBound(keys, WON_TO); i < to; i++) {
			const k = keys[i]!;
			const end = k.indexOf(SEP, 2);
			const minutesKey = MINUTES_FROM + k.slice(2, end);
			let amounts = returned.get(minutesKey);
			if (!amounts) returned.set(minutesKey, (amounts = {}));
			addAmount(amounts, k.slice(end + 1), values[i]!);
		}
		// In the minutes keys' order. The won keys give it already, unless an id holds a
		// character that sorts before the separator (a restored backup may carry any id).
		const byKey = [...returned.keys()];
		if (byKey.some((k, i) => i > 0 && byKey[i - 1]! > k)) byKey.sort();
		let next = 0;
		for (let i = minutesFrom; i < minutesTo; i++) {
			const k = keys[i]!;
			// Those before this minutes key returned value without any time logged.
			while (next < byKey.length && byKey[next]! < k) {
				consider(byKey[next]!.slice(2), 0, returned.get(byKey[next++]!)!);
			}
			const minutes = values[i]!;
			if (byKey[next] === k) {
				consider(k.slice(2), minutes, returned.get(byKey[next++]!)!);
				continue;
			}
			// Most people returned nothing: their net is minus their time's value, and
			// one that falls strictly between both ends' last rows is in neither
			// (net decides before any tie-break), without making its id or a row.
			const net = -timeValue(minutes, rate);
			const pastTop = best === 0 || (top.length === best && net < top[best - 1]!.net);
			const pastBottom = worst === 0 || (bottom.length === worst && net > bottom[worst - 1]!.net);
			if (pastTop && pastBottom) seen++;
			else consider(k.slice(2), minutes, NO_AMOUNTS);
		}
		for (; next < byKey.length; next++)
			consider(byKey[next]!.slice(2), 0, returned.get(byKey[next]!)!);
	}
	if (seen <= best + worst) {
		// Everyone is in one end or the other: the whole ranking.
		return rankReturns([...new Set([...top, ...bottom])], currency);
	}
	return [...top, ...bottom.reverse()];
}

// 4. Given and received per month, with the running balance.

/** One direction's ledger sums from exchange counters (`g` given, `r` received). */
export function sideOf(exchanges: Counters, side: 'g' | 'r'): LedgerSide {
	const out: LedgerSide = { count: 0, minutes: 0, weights: [0, 0, 0, 0, 0], money: {} };
	for (const [k, n] of Object.entries(exchanges)) {
		const [s, metric, currency] = splitKey(k) as [string, string, string];
		if (s !== side) continue;
		if (metric === 'n') out.count += n;
		else if (metric === 'm') out.minutes += n;
		else if (metric === '$') addAmount(out.money, currency, n);
		else if (metric.startsWith('w')) out.weights[Number(metric.slice(1)) - 1]! += n;
	}
	return out;
}

export type MonthLedger = {
	month: string;
	given: Worth & { count: number };
	received: Worth & { count: number };
	/** Received minus given since the start of the period, in worth units (ledger-value.ts). */
	balance: number;
};

/** Each month's gives and receives valued as the ledger values them, and the running balance. */
export function givenReceivedByMonth(
	months: readonly { month: string; exchanges: Counters }[],
	rules: LedgerRules
): MonthLedger[] {
	let balance = 0;
	return months.map(({ month, exchanges }) => {
		const g = sideOf(exchanges, 'g');
		const r = sideOf(exchanges, 'r');
		const given = { ...sideWorth(g, rules), count: g.count };
		const received = { ...sideWorth(r, rules), count: r.count };
		balance += received.worth - given.worth;
		return { month, given, received, balance };
	});
}

// 5. Interactions per week by kind.

export type WeekActivity = {
	start: string;
	counts: Record<InteractionKind, number>;
	total: number;
};

export function weeklyByKind(
	weeks: readonly { start: string; activity: Counters }[]
): WeekActivity[] {
	return weeks.map(({ start, activity }) => {
		const counts = Object.fromEntries(INTERACTION_KINDS.map((k) => [k, 0])) as Record<
			InteractionKind,
			number
		>;
		let total = 0;
		for (const [k, n] of Object.entries(activity)) {
			const [metric, kind] = splitKey(k) as [string, InteractionKind];
			if (metric !== 'n' || !(kind in counts)) continue;
			counts[kind] += n;
			total += n;
		}
		return { start, counts, total };
	});
}

// 6. Pipeline: from new to won, by channel.

export type PipelineRow = {
	channelId: string;
	name: string;
	counts: Record<LeadStatus, number>;
	total: number;
	/** Won ÷ all leads first contacted in the period (0 when none). */
	conversion: number;
};

/** Leads first contacted in the period, by channel and where they stand now. */
export function pipelineByChannel(leads: Counters, channels: Settings['channels']): PipelineRow[] {
	const out = new Map<string, PipelineRow>();
	for (const k in leads) {
		if (metricOf(k) !== 's') continue;
		const n = leads[k]!;
		const [, channel, status] = splitKey(k) as [string, string, LeadStatus];
		let row = out.get(channel);
		if (!row) {
			const counts = Object.fromEntries(LEAD_STATUSES.map((s) => [s, 0])) as Record<
				LeadStatus,
				number
			>;
			out.set(
				channel,
				(row = {
					channelId: channel,
					name: channelName(channels, channel),
					counts,
					total: 0,
					conversion: 0
				})
			);
		}
		row.counts[status] += n;
		row.total += n;
	}
	const order = new Map(channels.map((c, i) => [c.id, i]));
	return [...out.values()]
		.map((r) => ({ ...r, conversion: r.total ? r.counts.won / r.total : 0 }))
		.sort(
			(a, b) =>
				(order.get(a.channelId) ?? Infinity) - (order.get(b.channelId) ?? Infinity) ||
				byId(a.channelId, b.channelId)
		);
}
