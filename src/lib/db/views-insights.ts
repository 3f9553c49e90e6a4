import { addDaysTo } from '../domain/days';
import {
	chartCurrency,
	ends,
	rankReturns,
	referrerStats,
	returnOnTime,
	sumCounters,
	timeSpentOf,
	type ReturnDimension,
	type ReturnRow
} from '../domain/insights/charts';
import { FAMILIES, rowId, splitKey, type Counters, type Family } from '../domain/insights/counters';
import {
	coverRange,
	monthsBetween,
	monthWithin,
	periodRange,
	previousRange,
	weeksOf,
	type PeriodChoice
} from '../domain/insights/period';
import type { Person } from '../domain/person';
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
	leads: Counters;
	previousLeads: Counters | null;
	months: { month: string; exchanges: Counters }[];
	weeks: { start: string; from: string; to: string; activity: Counters }[];
	timeCost: Record<'week' | 'month' | 'year', TimeSpent>;
	/** Return on time, ranked, best and worst ends only, deleted people and organisations left out. */
	returns: Record<ReturnDimension, ReturnRow[]>;
	/** Who introduced whom, for the referrers and everyone above them (live people only). */
	introducedBy: Record<string, string | null>;
	names: Record<string, string>;
	organisationKinds: Record<string, OrganisationKind>;
};

const EARLIEST = '1900-01-01';
const LATEST = '2100-12-31';
const dayOf = (id: string) => id.slice(1, 11);

/** The nearest day with any stored counter before `day` / after `day`. */
async function dataDayBefore(d: RapportDB, day: string): Promise<string | undefined> {
	const [id] = await d.insights
		.where('id')
		.between('d', `d${day}`)
		.reverse()
		.limit(1)
		.primaryKeys();
	return id === undefined ? undefined : dayOf(id);
}
async function dataDayAfter(d: RapportDB, day: string): Promise<string | undefined> {
	const [id] = await d.insights
		.where('id')
		.between(`d${day}|\uffff`, 'd\uffff')
		.limit(1)
		.primaryKeys();
	return id === undefined ? undefined : dayOf(id);
}

/** Days around a range known to hold nothing, so whole months and years can be read instead. */
async function slackAround(d: RapportDB, range: Range): Promise<Slack> {
	const [before, after] = await Promise.all([
		dataDayBefore(d, range.from),
		dataDayAfter(d, range.to)
	]);
	return {
		before: before ? addDaysTo(before, 1) : EARLIEST,
		after: after ? addDaysTo(after, -1) : LATEST
	};
}

/** Reads rows by id, in one request, as a lookup. */
class RowReader {
	#wanted = new Set<string>();
	#rows = new Map<string, Counters>();
	want(buckets: string[], families: readonly Family[]) {
		for (const b of buckets) for (const f of families) this.#wanted.add(rowId(b, f));
		return () =>
			sumCounters(buckets.flatMap((b) => families.map((f) => this.#rows.get(rowId(b, f)))));
	}
	async read(d: RapportDB) {
		const ids = [...this.#wanted];
		const rows = await d.insights.bulkGet(ids);
		for (const row of rows) if (row) this.#rows.set(row.id, row.c);
	}
}

const PEOPLE: readonly Family[] = FAMILIES.filter((f) => f.startsWith('p'));

/**
 * Everything Insights shows for a period, from the counters kept per day, month
 * and year (a few hundred small rows, never the records themselves), then the
 * few people and organisations it names.
 */
export function loadInsights(choice: PeriodChoice, today: string): Promise<InsightsData> {
	return guarded(async () => {
		const d = db();
		const settings = await getSettings();
		const wanted = periodRange(choice, today);
		const [first, last] = await Promise.all([
			dataDayAfter(d, addDaysTo(EARLIEST, -1)),
			dataDayBefore(d, addDaysTo(LATEST, 1))
		]);
		let range: Range | null = null;
		let slack: Slack = { before: EARLIEST, after: LATEST };
		if (!first || !last) {
			// Nothing recorded at all: the page says how to start instead of empty charts.
		} else if (wanted.from === null || wanted.to === null) {
			range = { from: first, to: last };
		} else {
			range = { from: wanted.from, to: wanted.to };
			slack = await slackAround(d, range);
		}
		const previous = range ? previousRange(choice, range) : null;
		const reader = new RowReader();

		const period = range ? coverRange(range.from, range.to, slack) : [];
		const activity = reader.want(period, ['a']);
		const time = reader.want(period, ['t']);
		const leads = reader.want(period, ['l']);
		const people = reader.want(period, PEOPLE);
		const previousLeads = previous
			? reader.want(coverRange(previous.from, previous.to, await slackAround(d, previous)), ['l'])
			: null;
		const months = range
			? monthsBetween(range.from, range.to).map((month) => {
					const part = monthWithin(month, range.from, range.to);
					const edges = {
						before: part.from === range.from ? slack.before : part.from,
						after: part.to === range.to ? slack.after : part.to
					};
					return { month, exchanges: reader.want(coverRange(part.from, part.to, edges), ['x']) };
				})
			: [];
		const weeks = range
			? weeksOf(range.from, range.to, settings.weekStartsOn).map((w) => ({
					...w,
					activity: reader.want(coverRange(w.from, w.to), ['a'])
				}))
			: [];
		const starts = periodStarts(today, settings.weekStartsOn);
		const afterToday = (await dataDayAfter(d, today)) ?? LATEST;
		const toDate = (from: string) =>
			reader.want(coverRange(from, today, { before: from, after: addDaysTo(afterToday, -1) }), [
				'a'
			]);
		const cost = {
			week: toDate(starts.week),
			month: toDate(starts.month),
			year: toDate(starts.year)
		};

		await reader.read(d);
		const leadCounters = leads();
		const counters = { time: time(), people: people(), leads: leadCounters };
		const currency = chartCurrency(settings.currency, wonAmounts(leadCounters));

		// Referrers and everyone above them, a generation per read.
		const introducedBy: Record<string, string | null> = {};
		const known = new Map<string, Person>();
		let frontier = referrerStats(leadCounters).map((r) => r.personId);
		while (frontier.length > 0) {
			const found = await d.people.bulkGet(frontier);
			const next = new Set<string>();
			for (const p of found) {
				if (!p) continue;
				known.set(p.id, p);
				if (p.deletedAt !== null) continue;
				introducedBy[p.id] = p.introducedById;
				if (p.introducedById && !known.has(p.introducedById)) next.add(p.introducedById);
			}
			frontier = [...next];
		}

		// Rank, then read only the people and organisations at the ends of each ranking.
		const returns = {} as Record<ReturnDimension, ReturnRow[]>;
		const names: Record<string, string> = {};
		const organisationKinds: Record<string, OrganisationKind> = {};
		for (const dimension of ['channel', 'organisation', 'person'] as const) {
			const ranked = rankReturns(returnOnTime(dimension, counters, settings), currency);
			if (dimension === 'channel') {
				returns.channel = ends(ranked);
				continue;
			}
			const table = dimension === 'person' ? d.people : d.organisations;
			// A few more than shown, in case some were deleted.
			const candidates = ends(ranked, 16, 10);
			const rows = await table.bulkGet(candidates.map((r) => r.id));
			const live = new Set<string>();
			for (const row of rows) {
				if (!row || row.deletedAt !== null) continue;
				live.add(row.id);
				names[row.id] = row.name;
				if ('kind' in row) organisationKinds[row.id] = row.kind;
			}
			returns[dimension] = ends(candidates.filter((r) => live.has(r.id)));
		}
		for (const p of known.values()) if (p.deletedAt === null) names[p.id] = p.name;

		return {
			settings,
			range,
			previous,
			currency,
			activity: activity(),
			leads: leadCounters,
			previousLeads: previousLeads?.() ?? null,
			months: months.map((m) => ({ month: m.month, exchanges: m.exchanges() })),
			weeks: weeks.map((w) => ({ start: w.start, from: w.from, to: w.to, activity: w.activity() })),
			timeCost: {
				week: timeSpentOf(cost.week()),
				month: timeSpentOf(cost.month()),
				year: timeSpentOf(cost.year())
			},
			returns,
			introducedBy,
			names,
			organisationKinds
		};
	});
}

/** Won value per currency in lead counters, per channel. */
function wonAmounts(leads: Counters) {
	const out: Record<string, number>[] = [];
	for (const [k, n] of Object.entries(leads)) {
		const [metric, , currency] = splitKey(k) as [string, string, string];
		if (metric === 'w$') out.push({ [currency]: n });
	}
	return out;
}
