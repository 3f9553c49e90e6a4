import { FIRST_DAY, LAST_DAY } from '../domain/common';
import { addDaysTo } from '../domain/days';
import {
	chartCurrency,
	comparedPeriod,
	ends,
	metricOf,
	rankedEnds,
	rankedPeopleEnds,
	rankReferrers,
	referrerStats,
	rootStats,
	returnOnTime,
	timeSpentOf,
	type ReferrerStats,
	type ReturnDimension,
	type ReturnRow,
	type RootStats
} from '../domain/insights/charts';
import {
	ALL_TIME,
	FAMILIES,
	isReferrerKey,
	rowId,
	splitKey,
	sumRows,
	type Counters,
	type Family,
	type InsightRow
} from '../domain/insights/counters';
import {
	emptyIntroductions,
	INTRODUCTIONS_ID,
	introducerLookup,
	isDeleted
} from '../domain/insights/introductions';
import {
	bucketSpan,
	coverRange,
	MAX_WEEKS,
	monthsBetween,
	monthWithin,
	periodRange,
	previousRange,
	weeksOf,
	type PeriodChoice
} from '../domain/insights/period';
import type { Settings } from '../domain/settings';
import { periodStarts, type TimeSpent } from '../domain/time-cost';
import type { OrganisationKind } from '../domain/vocabulary';
import { db, type RapportDB } from './database';
import { getSettings } from './repositories/settings';
import { guarded } from './repository';

type Range = { from: string; to: string };
type Slack = { before: string; after: string };

export type InsightsData = {
	settings: Settings;
	/** The days shown (all time: the first to the last day with data); null when nothing is recorded at all. */
	range: Range | null;
	previous: Range | null;
	/** The currency charts draw (others are listed in tables, never added to it). */
	currency: string;
	/** Counters summed over the period. */
	activity: Counters;
	/** Without the per-referrer keys: those are summed in `referrers`. */
	leads: Counters;
	previousLeads: Counters | null;
	months: { month: string; exchanges: Counters }[];
	weeks: { start: string; from: string; to: string; activity: Counters }[];
	timeCost: Record<'week' | 'month' | 'year', TimeSpent>;
	/** Return on time, ranked, best and worst ends only, deleted people and organisations left out. */
	returns: Record<ReturnDimension, ReturnRow[]>;
	/** Every direct referrer of the period and every root connector above them, unranked. */
	referrers: { direct: ReferrerStats[]; roots: RootStats[] };
	/** People named as referrers or introducers who were never in Rapport. */
	missing: string[];
	/** Referrers and root connectors shown who were deleted since: named, never linked. */
	deleted: string[];
	names: Record<string, string>;
	organisationKinds: Record<string, OrganisationKind>;
};

const notReferrerKey = (k: string) => !isReferrerKey(k);

/**
 * Families that say whether anything happened on a day: every interaction
 * writes `a`, every exchange `x`, every lead `l`.
 */
const MARKERS: readonly Family[] = ['a', 'x', 'l'];
const dayOf = (id: string) => id.slice(id.indexOf('|') + 2);

/** The nearest day with any stored counter before `day` / after `day`. */
async function dataDayBefore(d: RapportDB, day: string): Promise<string | undefined> {
	const found = await Promise.all(
		MARKERS.map((f) =>
			d.insights.where('id').between(`${f}|d`, `${f}|d${day}`).reverse().limit(1).primaryKeys()
		)
	);
	const days = found.flat().map(dayOf).sort();
	return days.at(-1);
}
async function dataDayAfter(d: RapportDB, day: string): Promise<string | undefined> {
	const found = await Promise.all(
		MARKERS.map((f) =>
			d.insights
				.where('id')
				.between(`${f}|d${day}`, `${f}|d\uffff`, false, true)
				.limit(1)
				.primaryKeys()
		)
	);
	return found.flat().map(dayOf).sort()[0];
}

/** Days around a range known to hold nothing, so whole months and years can be read instead. */
async function slackAround(d: RapportDB, range: Range): Promise<Slack> {
	const [before, after] = await Promise.all([
		dataDayBefore(d, range.from),
		dataDayAfter(d, range.to)
	]);
	return {
		before: before ? addDaysTo(before, 1) : FIRST_DAY,
		after: after ? addDaysTo(after, -1) : LAST_DAY
	};
}

/**
 * Collects the rows a page needs, reads them in one go, then sums them on
 * request. Rows it already holds, or that a key range it has read would hold,
 * are not asked for again.
 */
class RowReader {
	#wanted = new Set<string>();
	#ranges: [string, string][] = [];
	#newest: { lo: string; hi: string; count: number }[] = [];
	#asked = new Set<string>();
	#read: [string, string][] = [];
	#rows = new Map<string, InsightRow>();
	#held(lo: string, hi = lo) {
		return (lo === hi && this.#asked.has(lo)) || this.#read.some(([a, b]) => a <= lo && hi <= b);
	}
	/**
	 * Asks for the rows of `buckets` and returns their sum (of the keys `keep`
	 * accepts), to call after the next read. A year or month whose days are all
	 * held already is summed from those days instead (all time holds the newest
	 * day rows: this year's time to date needs no further read).
	 */
	want(buckets: string[], families: readonly Family[]) {
		const rows = this.wantRows(buckets, families);
		return (keep?: (key: string) => boolean) => sumRows(rows(), keep);
	}
	/** As `want`, the rows themselves, unsummed. */
	wantRows(buckets: string[], families: readonly Family[]) {
		const ids: string[] = [];
		for (const b of buckets) {
			const span = bucketSpan(b);
			for (const f of families) {
				if (span && this.#held(rowId(`d${span.from}`, f), rowId(`d${span.to}`, f))) {
					for (let day = span.from; day <= span.to; day = addDaysTo(day, 1)) {
						ids.push(rowId(`d${day}`, f));
					}
					continue;
				}
				ids.push(rowId(b, f));
				if (!this.#held(rowId(b, f))) this.#wanted.add(rowId(b, f));
			}
		}
		return () => ids.map((id) => this.#rows.get(id));
	}
	/** Every day row of a family from `from` to `to`: one key range, one request. */
	wantDays(family: Family, from: string, to: string) {
		this.#wantRange(rowId(`d${from}`, family), rowId(`d${to}`, family));
	}
	/** Every row of a family whose bucket starts with `kind` (`d` days, `m` months). */
	wantEvery(family: Family, kind: 'd' | 'm') {
		this.#wantRange(rowId(kind, family), rowId(`${kind}\uffff`, family));
	}
	/**
	 * The newest `count` day rows of a family: all time's weekly chart shows at most
	 * MAX_WEEKS weeks up to the last day with data, and no more days than that can
	 * hold data within them (all of them are the family's newest rows).
	 */
	wantNewestDays(family: Family, count: number) {
		this.#newest.push({ lo: rowId('d', family), hi: rowId('d\uffff', family), count });
	}
	#wantRange(lo: string, hi: string) {
		if (!this.#held(lo, hi)) this.#ranges.push([lo, hi]);
	}
	day(family: Family, day: string): InsightRow | undefined {
		return this.#rows.get(rowId(`d${day}`, family));
	}
	/** Reads what was asked for since the last read (nothing: no request). */
	async read(d: RapportDB) {
		const ids = [...this.#wanted];
		const ranges = this.#ranges;
		const newest = this.#newest;
		this.#wanted = new Set();
		this.#ranges = [];
		this.#newest = [];
		if (ids.length === 0 && ranges.length === 0 && newest.length === 0) return;
		const [rows, latest, ...found] = await Promise.all([
			ids.length > 0 ? d.insights.bulkGet(ids) : [],
			Promise.all(
				newest.map(({ lo, hi, count }) =>
					d.insights.where('id').between(lo, hi, true, true).reverse().limit(count).toArray()
				)
			),
			...ranges.map(([lo, hi]) => d.insights.where('id').between(lo, hi, true, true).toArray())
		]);
		for (const id of ids) this.#asked.add(id);
		this.#read.push(...ranges);
		for (const [i, { lo, hi, count }] of newest.entries()) {
			// Every row from the oldest returned up is held (all of them, when fewer came back).
			const got = latest[i]!;
			this.#read.push([got.length < count ? lo : got.at(-1)!.id, hi]);
		}
		for (const row of [...rows, ...latest.flat(), ...found.flat()]) {
			if (row) this.#rows.set(row.id, row);
		}
	}
}

const PEOPLE: readonly Family[] = FAMILIES.filter((f) => f.startsWith('p'));

/**
 * Everything Insights shows for a period, from the counters kept per day, month,
 * year and all time (a few hundred small rows, never the records themselves), then the
 * few people and organisations it names.
 */
export function loadInsights(
	choice: PeriodChoice,
	today: string,
	/** Filled with milliseconds per phase, for the benchmark. */
	timings?: Record<string, number>
): Promise<InsightsData> {
	return guarded(async () => {
		const d = db();
		let clock = performance.now();
		const lap = (name: string) => {
			const now = performance.now();
			if (timings) timings[name] = now - clock;
			clock = now;
		};
		const wanted = periodRange(choice, today);
		const explicit = wanted.from !== null && wanted.to !== null ? (wanted as Range) : null;
		const before = explicit ? previousRange(choice, explicit) : null;
		const reader = new RowReader();
		const COUNTED: readonly Family[] = ['a', 't', 'l', ...PEOPLE];
		if (!explicit) {
			// All time waits for no lookup: its sums are the all-time rows, its months
			// every month row of exchanges, its weeks the newest day rows of activity.
			reader.want([ALL_TIME], COUNTED);
			reader.wantEvery('x', 'm');
			reader.wantNewestDays('a', MAX_WEEKS * 7);
		}
		// Every small lookup at once (each is a round trip to IndexedDB), with who
		// introduced whom (one row, for root connectors) and all time's rows.
		const [settings, first, last, afterToday, explicitSlack, previousSlack, introductionsRow] =
			await Promise.all([
				getSettings(),
				dataDayAfter(d, addDaysTo(FIRST_DAY, -1)),
				dataDayBefore(d, addDaysTo(LAST_DAY, 1)),
				dataDayAfter(d, today),
				explicit ? slackAround(d, explicit) : undefined,
				before ? slackAround(d, before) : undefined,
				d.introductions.get(INTRODUCTIONS_ID),
				reader.read(d)
			]);
		lap('lookups');
		let range: Range | null = null;
		let slack: Slack = { before: FIRST_DAY, after: LAST_DAY };
		if (!first || !last) {
			// Nothing recorded at all: the page says how to start instead of empty charts.
		} else if (!explicit || !explicitSlack) {
			range = { from: first, to: last };
		} else {
			range = explicit;
			slack = explicitSlack;
		}
		const previous = range ? previousRange(choice, range) : null;

		const period = !range ? [] : explicit ? coverRange(range.from, range.to, slack) : [ALL_TIME];
		const activity = reader.want(period, ['a']);
		const time = reader.want(period, ['t']);
		const leads = reader.wantRows(period, ['l']);
		const peopleRows = reader.wantRows(period, PEOPLE);
		const previousLeads =
			previous && previousSlack
				? reader.want(coverRange(previous.from, previous.to, previousSlack), ['l'])
				: null;
		const months = range
			? monthsBetween(range.from, range.to).map((month) => {
					const part = monthWithin(month, range.from, range.to);
					const edges = {
						before: part.from === range.from ? slack.before : part.from,
						after: part.to === range.to ? slack.after : part.to
					};
					// All time: nothing lies outside the range, so each month's row is its part.
					const buckets = explicit ? coverRange(part.from, part.to, edges) : [`m${month}`];
					return { month, exchanges: reader.want(buckets, ['x']) };
				})
			: [];
		// The weekly chart shows the latest weeks of the range up to today or the last day
		// with data, whichever is later: a range reaching decades ahead still shows the
		// weeks that hold something, not the empty ones at its far end.
		const horizon = last && last > today ? last : today;
		const weeksTo = range && range.to > horizon && horizon >= range.from ? horizon : range?.to;
		const weeks = range && weeksTo ? weeksOf(range.from, weeksTo, settings.weekStartsOn) : [];
		if (weeks.length) reader.wantDays('a', weeks[0]!.from, weeks.at(-1)!.to);
		const starts = periodStarts(today, settings.weekStartsOn);
		const toDate = (from: string) =>
			reader.want(
				coverRange(from, today, { before: from, after: addDaysTo(afterToday ?? LAST_DAY, -1) }),
				['a']
			);
		const cost = {
			week: toDate(starts.week),
			month: toDate(starts.month),
			year: toDate(starts.year)
		};
		// The rows still missing (a chosen period's; all time's: only the time to date).
		await reader.read(d);
		lap('counters');
		const introductions = introductionsRow ?? emptyIntroductions();
		// The referrer keys (most of them) are read by the referrer ranking alone.
		const leadRows = leads();
		const leadCounters = sumRows(leadRows, notReferrerKey);
		// The people rows stay unsummed: the ranking folds them itself.
		const counters = { time: time(), people: peopleRows(), leads: leadCounters };
		lap('sums');
		const currency = chartCurrency(settings.currency, wonAmounts(leadCounters));

		// The names of the referrers and root connectors shown, and of the people
		// and organisations at the ends of each ranking, at the same time.
		const missing = new Set<string>();
		const deleted = new Set<string>();
		const names: Record<string, string> = {};
		const direct = referrerStats(leadRows);
		let roots: RootStats[] = [];
		const referrerNames = async () => {
			for (let pass = 0; pass < 3; pass++) {
				roots = rootStats(direct, introducerLookup(introductions, missing));
				const shown = new Set<string>();
				for (const by of ['value', 'leads'] as const) {
					for (const r of rankReferrers(direct, by, currency)) shown.add(r.personId);
					for (const r of rankReferrers(roots, by, currency)) shown.add(r.personId);
				}
				const ids = [...shown].filter((id) => !(id in names) && !missing.has(id));
				const found = await d.people.bulkGet(ids);
				let more = false;
				for (const [i, p] of found.entries()) {
					if (p) {
						// Deleted ones by their name too, as the lead and Sources name them.
						names[p.id] = p.name;
						if (p.deletedAt !== null) deleted.add(p.id);
					} else if (!isDeleted(introductions, ids[i]!)) {
						// Never in Rapport (an inconsistent restore): the walk must stop before them.
						missing.add(ids[i]!);
						more = true;
					}
				}
				if (!more) return;
			}
		};
		const returns = {} as Record<ReturnDimension, ReturnRow[]>;
		const organisationKinds: Record<string, OrganisationKind> = {};
		returns.channel = rankedEnds(returnOnTime('channel', counters, settings), currency);
		const ranking = async (dimension: 'organisation' | 'person') => {
			// A few more than shown, in case some were deleted. One row per shard (all
			// time) holds each person once: no row for everyone first.
			const candidates =
				dimension === 'person' && counters.people.length === PEOPLE.length
					? rankedPeopleEnds(counters.people, settings, currency, 16, 10)
					: rankedEnds(returnOnTime(dimension, counters, settings), currency, 16, 10);
			const ids = candidates.map((r) => r.id);
			const rows =
				dimension === 'person' ? await d.people.bulkGet(ids) : await d.organisations.bulkGet(ids);
			const live = new Set<string>();
			for (const row of rows) {
				if (!row || row.deletedAt !== null) continue;
				live.add(row.id);
				names[row.id] = row.name;
				if ('kind' in row) organisationKinds[row.id] = row.kind;
			}
			returns[dimension] = ends(candidates.filter((r) => live.has(r.id)));
		};
		await Promise.all([
			referrerNames().then(() => lap('referrers')),
			ranking('organisation'),
			ranking('person').then(() => lap('ranking'))
		]);

		// No comparison with a previous period that counted no lead.
		const compared = comparedPeriod(previous, previousLeads?.(notReferrerKey) ?? null);
		return {
			settings,
			range,
			previous: compared?.previous ?? null,
			currency,
			activity: activity(),
			leads: leadCounters,
			previousLeads: compared?.leads ?? null,
			months: months.map((m) => ({ month: m.month, exchanges: m.exchanges() })),
			weeks: weeks.map((w) => ({
				...w,
				activity: sumRows(coverRange(w.from, w.to).map((b) => reader.day('a', b.slice(1))))
			})),
			timeCost: {
				week: timeSpentOf(cost.week()),
				month: timeSpentOf(cost.month()),
				year: timeSpentOf(cost.year())
			},
			returns,
			referrers: { direct, roots },
			missing: [...missing],
			deleted: [...deleted],
			names,
			organisationKinds
		};
	});
}

/** Won value per currency in lead counters, per channel. */
function wonAmounts(leads: Counters) {
	const out: Record<string, number>[] = [];
	for (const k in leads) {
		if (metricOf(k) !== 'w$') continue;
		const [, , currency] = splitKey(k) as [string, string, string];
		out.push({ [currency]: leads[k]! });
	}
	return out;
}
