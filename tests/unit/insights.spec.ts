import { describe, expect, it } from 'vitest';
import { exchangeSchema } from '../../src/lib/domain/exchange';
import {
	channelComparison,
	givenReceivedByMonth,
	pipelineByChannel,
	rankReferrers,
	rankReturns,
	referrerStats,
	returnOnTime,
	rootStats,
	timeSpentOf,
	weeklyByKind,
	type WeekActivity
} from '../../src/lib/domain/insights/charts';
import { describeWeekly } from '../../src/lib/domain/insights/weekly-reading';
import {
	countersOf,
	insightRows,
	isReferrerKey,
	key,
	NO_CHANNEL,
	sumRows,
	type Counters
} from '../../src/lib/domain/insights/counters';
import { introducerLookup, introductionsOf } from '../../src/lib/domain/insights/introductions';
import {
	bucketSpan,
	coverRange,
	monthCut,
	parsePeriod,
	periodUnread,
	rangeProblem,
	periodRange,
	previousRange,
	weeksOf
} from '../../src/lib/domain/insights/period';
import { interactionSchema } from '../../src/lib/domain/interaction';
import { leadSchema } from '../../src/lib/domain/lead';
import { formatWorth } from '../../src/lib/domain/ledger-value';
import { personSchema } from '../../src/lib/domain/person';
import { defaultSettings } from '../../src/lib/domain/settings';

const meta = (id: string, deleted = false) => ({
	id,
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z',
	deletedAt: deleted ? '2026-03-01T00:00:00.000Z' : null
});

// A small network, every total below worked out by hand.
const people = [
	{ id: 'ana', organisationIds: ['acme'], metChannel: 'event', introducedById: null },
	{ id: 'ben', organisationIds: ['acme', 'guild'], metChannel: null, introducedById: 'ana' },
	{ id: 'cy', organisationIds: [], metChannel: 'linkedin', introducedById: 'ben' },
	{ id: 'dee', organisationIds: ['guild'], metChannel: null, introducedById: null }
].map((p) => personSchema.parse({ ...meta(p.id), name: p.id.toUpperCase(), ...p }));

const interaction = (
	id: string,
	date: string,
	kind: string,
	personIds: string[],
	durationMinutes: number,
	more: object = {}
) => interactionSchema.parse({ ...meta(id), date, kind, personIds, durationMinutes, ...more });
const interactions = [
	// Channel from Ana's first channel; Acme counted once though both are members.
	// Paid out of pocket: kept per currency.
	interaction('i1', '2026-01-05', 'coffee', ['ana', 'ben'], 60, {
		cost: { amountMinor: 450, currency: 'EUR' }
	}),
	interaction('i2', '2026-01-20', 'call', ['cy'], 30),
	interaction('i3', '2026-02-02', 'meeting', ['dee'], 90, {
		channel: 'referral',
		cost: { amountMinor: 1200, currency: 'USD' }
	}),
	interactionSchema.parse({
		...interaction('i4', '2026-02-03', 'coffee', ['ana'], 45, {
			cost: { amountMinor: 999, currency: 'EUR' }
		}),
		deletedAt: '2026-02-04T00:00:00.000Z'
	}),
	interaction('i5', '2025-12-30', 'email', ['ben'], 0)
];

const exchange = (id: string, date: string, personId: string, direction: string, value: object) =>
	exchangeSchema.parse({ ...meta(id), date, personId, direction, kind: 'advice', value });
const exchanges = [
	exchange('e1', '2026-01-05', 'ana', 'given', { type: 'time', minutes: 30 }),
	exchange('e2', '2026-01-25', 'ben', 'received', { type: 'weight', weight: 3 }),
	exchange('e3', '2026-02-10', 'dee', 'received', {
		type: 'money',
		amount: { amountMinor: 5000, currency: 'EUR' }
	}),
	exchange('e4', '2026-02-11', 'cy', 'given', {
		type: 'money',
		amount: { amountMinor: 2000, currency: 'USD' }
	})
];

const lead = (id: string, fields: object) =>
	leadSchema.parse({ ...meta(id), title: id, ...fields });
const won = (amountMinor: number, currency = 'EUR') => ({
	status: 'won',
	wonValue: { amountMinor, currency }
});
const leads = [
	lead('l1', {
		channel: 'referral',
		referrerId: 'cy',
		personId: 'dee',
		organisationId: 'guild',
		firstContactOn: '2026-01-10',
		closedOn: '2026-02-15',
		...won(300_000)
	}),
	lead('l2', {
		channel: 'referral',
		referrerId: 'ben',
		firstContactOn: '2026-01-12',
		...won(100_000)
	}),
	lead('l3', { channel: 'linkedin', status: 'lost', firstContactOn: '2026-01-15' }),
	lead('l4', { channel: 'event', referrerId: 'cy', firstContactOn: '2026-02-01' }),
	lead('l5', {
		channel: 'referral',
		referrerId: 'ben',
		personId: 'ana',
		firstContactOn: '2026-02-05',
		closedOn: '2026-02-06',
		...won(50_000, 'USD')
	}),
	{ ...lead('l6', { channel: 'blog', firstContactOn: '2026-01-02' }), ...meta('l6', true) }
];

const settings = { ...defaultSettings('2026-01-01T00:00:00.000Z'), hourlyRateMinor: 6000 };
const rows = new Map(insightRows(people, interactions, exchanges, leads).map((r) => [r.id, r]));
const months = (family: string) => [rows.get(`${family}|m2026-01`), rows.get(`${family}|m2026-02`)];
/** January and February 2026, by family. */
const janFeb = (family: string): Counters => sumRows(months(family));
const people8 = () => [0, 1, 2, 3, 4, 5, 6, 7].flatMap((n) => months(`p${n}`));
const counters = () => ({ time: janFeb('t'), people: people8(), leads: janFeb('l') });

describe('Insights numbers on a small hand-made network (January–February 2026)', () => {
	it('counts interactions and time: deleted ones never, zero-minute ones once', () => {
		expect(timeSpentOf(janFeb('a'))).toEqual({
			count: 3,
			minutes: 180,
			spent: { EUR: 450, USD: 1200 }
		});
		expect(timeSpentOf(sumRows([rows.get('a|y2025')]))).toEqual({
			count: 1,
			minutes: 0,
			spent: {}
		});
	});

	it('1. leads and won value by channel, money kept per currency', () => {
		const result = channelComparison(
			janFeb('l'),
			countersOf(rows.get('l|m2025-12')),
			settings.channels
		);
		expect(result.map((r) => [r.channelId, r.current])).toEqual([
			['referral', { leads: 3, won: 3, wonMinor: { EUR: 400_000, USD: 50_000 } }],
			['linkedin', { leads: 1, won: 0, wonMinor: {} }],
			['event', { leads: 1, won: 0, wonMinor: {} }]
		]);
		expect(result[0]!.previous).toEqual({ leads: 0, won: 0, wonMinor: {} });
	});

	it('2. top referrers, direct and through the root connector', () => {
		const direct = referrerStats(months('l'));
		expect(rankReferrers(direct, 'value', 'EUR')).toEqual([
			{ personId: 'cy', leads: 2, won: 1, wonMinor: { EUR: 300_000 } },
			{ personId: 'ben', leads: 2, won: 2, wonMinor: { EUR: 100_000, USD: 50_000 } }
		]);
		const [graph] = introductionsOf(people);
		const introducedBy = introducerLookup(graph!);
		// Cy was introduced by Ben, Ben by Ana: everything adds up under Ana.
		expect(rootStats(direct, introducedBy)).toEqual([
			{
				personId: 'ana',
				leads: 4,
				won: 3,
				wonMinor: { EUR: 400_000, USD: 50_000 },
				referrers: 2
			}
		]);
		// Ben deleted: Cy's chain stops at Cy, and Ben (a referrer himself) is his own root.
		const withoutBen = introducerLookup({ ...graph!, deleted: ['ben'] });
		// (Unranked: in no particular order.)
		const roots = rootStats(direct, withoutBen).map((r) => [r.personId, r.leads]);
		expect(roots.sort()).toEqual([
			['ben', 2],
			['cy', 2]
		]);
	});

	it('3. return on time per person, organisation and channel, best-paying first', () => {
		const person = rankReturns(returnOnTime('person', counters(), settings), 'EUR');
		expect(person.map((r) => [r.id, r.minutes, r.timeMinor, r.returnedMinor, r.net])).toEqual([
			['cy', 30, 3000, { EUR: 300_000 }, 297_000],
			['dee', 90, 9000, { EUR: 300_000 }, 291_000],
			['ben', 60, 6000, { EUR: 100_000, USD: 50_000 }, 94_000],
			['ana', 60, 6000, { USD: 50_000 }, -6000]
		]);
		const organisation = rankReturns(returnOnTime('organisation', counters(), settings), 'EUR');
		expect(organisation.map((r) => [r.id, r.count, r.minutes, r.net])).toEqual([
			['guild', 2, 150, 285_000],
			['acme', 1, 60, -6000]
		]);
		const channel = rankReturns(returnOnTime('channel', counters(), settings), 'EUR');
		expect(channel.map((r) => [r.id, r.minutes, r.net])).toEqual([
			['referral', 90, 391_000],
			['linkedin', 30, -3000],
			['event', 60, -6000]
		]);
		// Ben's zero-minute email in December counts for "no channel".
		expect(
			returnOnTime(
				'channel',
				{ ...counters(), time: countersOf(rows.get('t|m2025-12')), leads: {} },
				settings
			)
		).toEqual([{ id: NO_CHANNEL, count: 1, minutes: 0, timeMinor: 0, returnedMinor: {}, net: 0 }]);
	});

	it('4. given and received per month, valued as the ledger values them, with the running balance', () => {
		const months = givenReceivedByMonth(
			['2026-01', '2026-02'].map((month) => ({
				month,
				exchanges: countersOf(rows.get(`x|m${month}`))
			})),
			settings
		);
		expect(months.map((m) => [m.given.count, m.given.worth, m.received.worth, m.balance])).toEqual([
			[1, 180_000, 360_000, 180_000],
			[1, 0, 300_000, 480_000]
		]);
		expect(months[1]!.given.uncounted).toEqual({ USD: 2000 });
		expect(formatWorth(months[1]!.balance, settings, 'en')).toBe('€80.00');
	});

	it('4. a month cut to the period says from and to which day', () => {
		// Last 30 days to 25 Nov: October from the 27th, November to the 25th.
		expect(monthCut('2026-10', '2026-10-27', '2026-11-25')).toEqual({ from: '2026-10-27' });
		expect(monthCut('2026-11', '2026-10-27', '2026-11-25')).toEqual({ to: '2026-11-25' });
		expect(monthCut('2026-02', '2026-01-01', '2026-12-31')).toEqual({});
		expect(monthCut('2026-02', '2026-02-03', '2026-02-10')).toEqual({
			from: '2026-02-03',
			to: '2026-02-10'
		});
	});

	it('5. interactions per week by kind, for either week start', () => {
		const week = (weekStartsOn: 0 | 1) =>
			weeklyByKind(
				weeksOf('2026-01-01', '2026-01-31', weekStartsOn).map((w) => {
					const days = coverRange(w.from, w.to);
					return { start: w.start, activity: sumRows(days.map((d) => rows.get(`a|${d}`))) };
				})
			).map((w) => [w.start, w.total, w.counts.coffee, w.counts.call]);
		expect(week(1)).toEqual([
			['2025-12-29', 0, 0, 0],
			['2026-01-05', 1, 1, 0],
			['2026-01-12', 0, 0, 0],
			['2026-01-19', 1, 0, 1],
			['2026-01-26', 0, 0, 0]
		]);
		expect(week(0).map((w) => w[0])).toEqual([
			'2025-12-28',
			'2026-01-04',
			'2026-01-11',
			'2026-01-18',
			'2026-01-25'
		]);
	});

	it('5. the weekly reading counts in words that fit the numbers', () => {
		const week = (start: string, coffee: number, call: number, email = 0): WeekActivity => ({
			start,
			counts: { ...weeklyByKind([{ start, activity: {} }])[0]!.counts, coffee, call, email },
			total: coffee + call + email
		});
		const read = (...weeks: WeekActivity[]) => describeWeekly(weeks, 'en-GB');
		expect(read(week('2026-01-05', 0, 0))).toBe('');
		expect(read(week('2026-01-05', 0, 0), week('2026-01-12', 1, 0))).toBe(
			'One coffee, in the week that began 12 Jan 2026.'
		);
		expect(read(week('2026-01-05', 1, 2), week('2026-01-12', 0, 1))).toBe(
			'4 interactions over 2 weeks, about 2 a week, most of them calls (3); the busiest week began 5 Jan 2026 (3).'
		);
		// One week: no "busiest week" to name.
		expect(read(week('2026-01-05', 2, 0))).toBe(
			'2 interactions over one week, about 2 a week, most of them coffees (2).'
		);
		// Half is not most; a tie names every kind; a tie between weeks says which one.
		expect(read(week('2026-01-05', 2, 1, 1), week('2026-01-12', 0, 0))).toBe(
			'4 interactions over 2 weeks, about 2 a week, more coffees than any other kind (2); the busiest week began 5 Jan 2026 (4).'
		);
		expect(read(week('2026-01-05', 1, 1), week('2026-01-12', 0, 0, 1))).toBe(
			'3 interactions over 2 weeks, about 2 a week, 1 each of coffee, call and email; the busiest week began 5 Jan 2026 (2).'
		);
		expect(read(week('2026-01-05', 1, 0), week('2026-01-12', 0, 1))).toMatch(
			/1 each of coffee and call; the first of the busiest weeks began 5 Jan 2026 \(1\)\.$/
		);
		// A period shorter than a week is said in days, with no weekly pace.
		expect(describeWeekly([week('2026-01-05', 4, 3)], 'en-GB', 1)).toBe(
			'7 interactions in one day, most of them coffees (4).'
		);
		expect(describeWeekly([week('2026-01-05', 1, 2)], 'en-GB', 3)).toBe(
			'3 interactions over 3 days, most of them calls (2).'
		);
		// Cut weeks (30 days in 5 weeks): the pace is per seven days, not per week shown.
		const month = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02'];
		expect(
			describeWeekly(
				month.map((start) => week(start, 6, 0)),
				'en-GB',
				30
			)
		).toMatch(/^30 interactions over 5 weeks, about 7 a week, /);
		const quiet = Array.from({ length: 10 }, (_, i) => week(`2026-03-${10 + i}`, i < 3 ? 1 : 0, 0));
		expect(read(...quiet)).toMatch(/^3 interactions over 10 weeks, fewer than one a week, most/);
	});

	it('6. pipeline by channel: where the period’s leads stand now', () => {
		expect(
			pipelineByChannel(janFeb('l'), settings.channels).map((r) => [
				r.channelId,
				r.total,
				r.counts.new,
				r.counts.lost,
				r.counts.won,
				r.conversion
			])
		).toEqual([
			['referral', 3, 0, 0, 3, 1],
			['linkedin', 1, 0, 1, 0, 0],
			['event', 1, 1, 0, 0, 0]
		]);
	});
});

describe('Insights periods', () => {
	it('are read from the URL, falling back to the last 12 months', () => {
		const read = (q: string) => parsePeriod(new URLSearchParams(q));
		expect(read('period=all')).toEqual({ kind: 'relative', period: 'all' });
		expect(read('from=2026-01-01&to=2026-03-31')).toEqual({
			kind: 'range',
			from: '2026-01-01',
			to: '2026-03-31'
		});
		expect(read('from=2026-04-01&to=2026-03-31')).toEqual({ kind: 'relative', period: '12m' });
		expect(read('period=decade')).toEqual({ kind: 'relative', period: '12m' });
	});

	it('say why a from–to pair cannot be shown, and when an address asked for one it does not get', () => {
		expect(rangeProblem('2026-01-01', '2026-03-31')).toBeNull();
		expect(rangeProblem('2026-03-31', '2026-03-31')).toBeNull();
		expect(rangeProblem('2026-04-01', '2026-03-31')).toBe('The start is after the end.');
		expect(rangeProblem('', '2026-03-31')).toBe('Choose a start and an end date.');
		expect(rangeProblem('2026-02-30', '2026-03-31')).toBe('Choose real dates.');
		expect(rangeProblem('2026-01-01', '2999-12-31')).toBe('Pick a date between 1900 and 2100.');
		expect(rangeProblem('1899-12-31', '2026-03-31')).toBe('Pick a date between 1900 and 2100.');
		const unread = (q: string) => {
			const params = new URLSearchParams(q);
			return periodUnread(params, parsePeriod(params));
		};
		expect(unread('')).toBe(false);
		expect(unread('period=all')).toBe(false);
		expect(unread('period=12m')).toBe(false);
		expect(unread('from=2026-01-01&to=2026-03-31')).toBe(false);
		expect(unread('period=decade')).toBe(true);
		expect(unread('from=2026-04-01&to=2026-03-31')).toBe(true);
		expect(unread('from=abc')).toBe(true);
	});

	it('cover a range with the fewest day, month and year rows, using days known to be empty', () => {
		expect(coverRange('2026-01-01', '2026-12-31')).toEqual(['y2026']);
		const year = coverRange('2025-11-24', '2026-11-23');
		expect(year).toHaveLength(7 + 1 + 10 + 23);
		expect(year.slice(6, 9)).toEqual(['d2025-11-30', 'm2025-12', 'm2026-01']);
		expect(
			coverRange('2026-01-01', '2026-11-23', { before: '2026-01-01', after: '2026-12-31' })
		).toEqual(['y2026']);
		expect(
			coverRange('2025-11-24', '2026-11-23', { before: '2025-11-01', after: '2026-12-31' })
		).toEqual(['m2025-11', 'm2025-12', 'y2026']);
	});

	it("tell a referrer's lead counters from the channels' and organisations'", () => {
		for (const k of [key('r', 'ana'), key('rn', 'ana'), key('r$', 'ana', 'EUR'), key('r', 'rn')]) {
			expect(isReferrerKey(k), k).toBe(true);
		}
		for (const k of [
			key('s', 'referral', 'won'),
			key('wn', 'referral'),
			key('w$', 'referral', 'EUR'),
			key('o$', 'r', 'EUR'),
			key('rx', 'ana'),
			'r'
		]) {
			expect(isReferrerKey(k), k).toBe(false);
		}
	});

	it('name the first and last day of a year or month row', () => {
		expect(bucketSpan('y2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
		expect(bucketSpan('m2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
		expect(bucketSpan('m2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
		expect(bucketSpan('d2026-12-01')).toBeNull();
		expect(bucketSpan('all')).toBeNull();
	});

	it('compare with the period just before', () => {
		const today = '2026-11-23';
		const days30 = { kind: 'relative', period: '30d' } as const;
		expect(periodRange(days30, today)).toEqual({ from: '2026-10-25', to: today });
		expect(previousRange(days30, { from: '2026-10-25', to: today })).toEqual({
			from: '2026-09-25',
			to: '2026-10-24'
		});
		expect(periodRange({ kind: 'relative', period: '12m' }, today).from).toBe('2025-11-24');
		const year = { kind: 'relative', period: 'year' } as const;
		expect(previousRange(year, { from: '2026-01-01', to: today })).toEqual({
			from: '2025-01-01',
			to: '2025-11-23'
		});
		expect(
			previousRange({ kind: 'relative', period: 'all' }, { from: '2024-01-01', to: today })
		).toBeNull();
	});
});
