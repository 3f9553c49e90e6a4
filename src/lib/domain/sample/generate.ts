import type { Dataset } from '../dataset';
import { addDaysTo, daysBetween, localNoonOf } from '../days';
import type { Exchange, ExchangeValue } from '../exchange';
import type { Interaction } from '../interaction';
import type { Lead } from '../lead';
import type { Organisation } from '../organisation';
import type { Person } from '../person';
import { defaultSettings } from '../settings';
import {
	LEAD_STATUSES,
	type ExchangeKind,
	type InteractionKind,
	type LeadStatus,
	type Role
} from '../vocabulary';
import { STORY_ORGANISATIONS, STORY_PEOPLE, type StoryPerson } from './story';
import * as words from './names';
import { Random, WeightedPicker } from './random';

export type SampleSize = {
	people: number;
	organisations: number;
	interactions: number;
	exchanges: number;
	leads: number;
};

/** A believable small network for exploring the app. */
export const DEMO_SIZE: SampleSize = {
	people: 60,
	organisations: 12,
	interactions: 700,
	exchanges: 320,
	leads: 45
};

/** Years of data, for the performance harness. */
export const BENCHMARK_SIZE: SampleSize = {
	people: 10_000,
	organisations: 400,
	interactions: 100_000,
	exchanges: 100_000,
	leads: 10_000
};

export const SAMPLE_SEED = 20261122;
const HISTORY_DAYS = 730;
const CURRENCY = 'EUR';

type Context = { rng: Random; today: string; stamp: (day: string) => string };

/**
 * Generates a network: the story people (a root connector whose introductions
 * lead to several clients, mentors you know and mentors you follow), then
 * generated people, two years of interactions and exchanges both ways, and
 * leads from every channel. Same seed and same `today`, same data.
 */
export function generateSampleData(options: {
	seed?: number;
	today: string;
	size?: SampleSize;
}): Dataset {
	const { today, size = DEMO_SIZE } = options;
	const rng = new Random(options.seed ?? SAMPLE_SEED);
	// Records are stamped at local noon of their day: the day they show is that day anywhere.
	const ctx: Context = { rng, today, stamp: localNoonOf };

	const organisations = makeOrganisations(ctx, size.organisations);
	const people = makePeople(ctx, size.people, organisations);
	const interactions = makeInteractions(ctx, size.interactions, people);
	const leads = makeLeads(ctx, size.leads, people);
	const exchanges = makeExchanges(ctx, size.exchanges, people, leads);

	const settings = {
		...defaultSettings(ctx.stamp(today)),
		ownerName: 'Alex',
		hourlyRateMinor: 9000,
		currency: CURRENCY,
		startedWith: 'sample' as const
	};
	return { settings, people, organisations, interactions, exchanges, leads };
}

function meta(ctx: Context, day: string) {
	const at = ctx.stamp(day);
	return { id: ctx.rng.uuid(), createdAt: at, updatedAt: at, deletedAt: null };
}

function pastDay(ctx: Context, maxDaysAgo = HISTORY_DAYS): string {
	// Uniform within the window; a network grows because newer people add their
	// own history on top, not because any one day is crowded.
	return addDaysTo(ctx.today, -ctx.rng.int(0, maxDaysAgo));
}

function makeOrganisations(ctx: Context, count: number): Organisation[] {
	const { rng } = ctx;
	return Array.from({ length: Math.max(count, STORY_ORGANISATIONS.length) }, (_, i) => {
		const story = STORY_ORGANISATIONS[i];
		const name = story?.name ?? companyName(i);
		return {
			...meta(ctx, addDaysTo(ctx.today, -HISTORY_DAYS)),
			name,
			kind: story?.kind ?? (rng.chance(0.15) ? 'community' : 'company'),
			website: '',
			tags: rng.chance(0.5) ? [rng.pick(words.TAGS)] : [],
			notes: ''
		};
	});
}

const COMPANY_KINDS = ['Studio', 'Labs', 'Partners', 'Group', 'Works'] as const;

/** Distinct, plain company names; a number only once the word pools run out. */
function companyName(i: number): string {
	const last = words.LAST_NAMES[i % words.LAST_NAMES.length];
	const kind = COMPANY_KINDS[Math.floor(i / words.LAST_NAMES.length) % COMPANY_KINDS.length];
	const round = Math.floor(i / (words.LAST_NAMES.length * COMPANY_KINDS.length));
	return round === 0 ? `${last} ${kind}` : `${last} ${kind} ${round + 1}`;
}

function makePeople(ctx: Context, count: number, organisations: Organisation[]): Person[] {
	const { rng, today } = ctx;
	const people: Person[] = [];
	const byKey = new Map<string, Person>();
	const orgId = (name: string) => organisations.find((o) => o.name === name)?.id;

	for (const story of STORY_PEOPLE) {
		const person = storyPerson(ctx, story, orgId, byKey);
		byKey.set(story.key, person);
		people.push(person);
	}
	const communities = organisations.filter((o) => o.kind === 'community');
	const companies = organisations.filter((o) => o.kind === 'company');
	const generatedRoles: [Role[], number][] = [
		[['peer'], 5],
		[['prospect'], 3],
		[['client'], 3],
		[['partner'], 2],
		[['connector', 'peer'], 1],
		[['mentee'], 1]
	];
	for (let i = people.length; i < count; i++) {
		// The newest few have no interactions yet: Today asks the user to reach out.
		// Everyone else was met at least two months ago, so their history fits after it.
		const metOn =
			i >= count - 3
				? addDaysTo(today, -rng.int(0, 6))
				: addDaysTo(today, -rng.int(60, HISTORY_DAYS));
		const first = rng.pick(words.FIRST_NAMES);
		const last = rng.pick(words.LAST_NAMES);
		const organisationIds = [rng.pick(companies).id];
		if (communities.length && rng.chance(0.35)) organisationIds.push(rng.pick(communities).id);
		const introducer = people.length > 0 && rng.chance(0.3) ? rng.pick(people) : undefined;
		people.push({
			...meta(ctx, metOn),
			name:
				count > 2000
					? `${first} ${String.fromCharCode(65 + (i % 26))}. ${last}`
					: `${first} ${last}`,
			title: rng.pick(words.TITLES),
			organisationIds,
			emails: [`${first}.${last}${i}@example.com`.toLowerCase()],
			phones: rng.chance(0.6) ? [`+44 20 7946 ${String(1000 + (i % 9000)).padStart(4, '0')}`] : [],
			links: [],
			location: rng.pick(words.CITIES),
			tags: rng.sample(words.TAGS, rng.int(0, 2)),
			roles: rng.weighted(generatedRoles),
			connection: 'mutual',
			metOn,
			metChannel: rng.pick(['event', 'linkedin', 'referral', 'forum', 'twitter', 'website']),
			metEvent: '',
			introducedById: introducer?.id ?? null,
			goals: rng.chance(0.4) ? rng.pick(words.GOALS) : '',
			interests: rng.chance(0.4) ? rng.pick(words.INTERESTS) : '',
			notes: rng.pick(words.NOTES),
			cadenceDays: rng.weighted([
				[null, 3],
				[30, 2],
				[60, 2],
				[90, 2],
				[14, 1]
			]),
			touchSnooze: null,
			// One old contact is archived, to show that archived people stay in history.
			archived: i === count - 4
		});
	}
	return people;
}

function storyPerson(
	ctx: Context,
	story: StoryPerson,
	orgId: (name: string) => string | undefined,
	byKey: Map<string, Person>
): Person {
	const metOn = addDaysTo(ctx.today, -story.metDaysAgo);
	const [first = story.name, last = ''] = story.name.split(' ');
	return {
		...meta(ctx, metOn),
		name: story.name,
		title: story.title,
		organisationIds: story.organisations.map(orgId).filter((id): id is string => !!id),
		emails: story.connection === 'following' ? [] : [`${first}.${last}@example.com`.toLowerCase()],
		phones: [],
		links: story.link ? [{ label: 'Website', url: story.link }] : [],
		location: story.location,
		tags: [...story.tags],
		roles: [...story.roles],
		connection: story.connection,
		metOn,
		metChannel: story.metChannel,
		metEvent: story.metEvent,
		introducedById: story.introducedBy ? (byKey.get(story.introducedBy)?.id ?? null) : null,
		goals: story.goals,
		interests: story.interests,
		notes: story.notes,
		cadenceDays: story.cadenceDays,
		touchSnooze: null,
		archived: false
	};
}

const KIND_WEIGHTS: [InteractionKind, number][] = [
	['coffee', 5],
	['call', 4],
	['video', 4],
	['email', 5],
	['message', 4],
	['meeting', 2],
	['event', 1],
	['social', 2]
];
const DURATION: Record<InteractionKind, [number, number]> = {
	coffee: [30, 75],
	call: [15, 45],
	video: [20, 60],
	meeting: [45, 120],
	email: [5, 20],
	message: [2, 10],
	event: [90, 180],
	social: [2, 10]
};

/** Story people and those with a cadence get most of the attention. */
function attentionWeights(people: Person[]): WeightedPicker<Person> {
	const story = new Set(STORY_PEOPLE.map((s) => s.name));
	const recent = new Set(people.slice(-3).map((p) => p.id));
	return new WeightedPicker(
		people
			.filter((p) => !recent.has(p.id) && p.connection === 'mutual')
			.map((p) => [p, story.has(p.name) ? 12 : p.cadenceDays ? 3 : 1] as const)
	);
}

function makeInteractions(ctx: Context, count: number, people: Person[]): Interaction[] {
	const { rng, today } = ctx;
	const weights = attentionWeights(people);
	const out: Interaction[] = [];
	for (let i = 0; i < count; i++) {
		const first = weights.pick(rng);
		const date = pastDay(ctx, Math.min(HISTORY_DAYS, daysSince(today, first.metOn)));
		const kind = rng.weighted(KIND_WEIGHTS);
		const [min, max] = DURATION[kind];
		const personIds = [first.id];
		if (rng.chance(0.08)) {
			const other = weights.pick(rng);
			if (other.id !== first.id && (other.metOn ?? '') <= date) personIds.push(other.id);
		}
		const followUpOn = rng.chance(0.12) ? addDaysTo(date, rng.int(3, 21)) : null;
		out.push({
			...meta(ctx, date),
			date,
			kind,
			personIds,
			durationMinutes: rng.int(min, max),
			cost:
				kind === 'coffee' && rng.chance(0.6)
					? { amountMinor: rng.int(35, 90) * 10, currency: CURRENCY }
					: null,
			channel: null,
			note: rng.pick(words.INTERACTION_NOTES),
			followUpOn,
			// Follow-ups from before the last month were done; recent ones may still be open.
			followUpDone:
				followUpOn !== null &&
				(followUpOn < addDaysTo(today, -30) || (followUpOn < today && rng.chance(0.5)))
		});
	}
	return out;
}

/** Days from `day` to today (0 for today or later; the full history when unknown). */
function daysSince(today: string, day: string | null): number {
	return day ? Math.max(0, daysBetween(day, today)) : HISTORY_DAYS;
}

const CHANNEL_WEIGHTS: [string, number][] = [
	['referral', 12],
	['repeat', 4],
	['twitter', 2],
	['linkedin', 3],
	['blog', 2],
	['forum', 2],
	['event', 3],
	['website', 2],
	['cold', 2],
	['other', 1]
];

function makeLeads(ctx: Context, count: number, people: Person[]): Lead[] {
	const { rng, today } = ctx;
	// The newest people have no history yet: no leads or referrals either.
	const known = people.slice(0, -3);
	const connectors = known.filter(
		(p) => p.roles.includes('connector') || p.roles.includes('client')
	);
	const clients = known.filter((p) => p.roles.includes('client'));
	const prospects = known.filter((p) => p.roles.includes('prospect') || p.roles.includes('client'));
	const out: Lead[] = [];
	for (let i = 0; i < count; i++) {
		// The first leads walk every channel once, so each one has data to show.
		const channel = CHANNEL_WEIGHTS[i]?.[0] ?? rng.weighted(CHANNEL_WEIGHTS);
		// The first leads also walk every stage of the pipeline; open ones are recent.
		const forced = LEAD_STATUSES[i];
		const firstContactOn =
			forced && forced !== 'won' && forced !== 'lost'
				? addDaysTo(today, -rng.int(2, 25))
				: pastDay(ctx);
		const age = daysSince(today, firstContactOn);
		const status: LeadStatus =
			forced ??
			(age < 45
				? rng.weighted([
						['new', 3],
						['talking', 3],
						['proposal', 2]
					])
				: rng.weighted([
						['won', 5],
						['lost', 3],
						['talking', 1],
						['proposal', 1]
					]));
		const closed = status === 'won' || status === 'lost';
		const estimate = rng.int(8, 160) * 25_000;
		const person = status === 'won' ? rng.pick(clients) : rng.pick(prospects);
		// Nobody refers work to themselves (the lead form refuses it too).
		const referrers = connectors.filter((c) => c.id !== person.id);
		// Nobody sends work before you have met them.
		const contactOn = person.metOn && person.metOn > firstContactOn ? person.metOn : firstContactOn;
		out.push({
			...meta(ctx, contactOn),
			title: `${rng.pick(words.LEAD_TOPICS)} for ${person.name.split(' ')[0]}`,
			personId: person.id,
			organisationId: person.organisationIds[0] ?? null,
			channel,
			referrerId: channel === 'referral' && referrers.length ? rng.pick(referrers).id : null,
			status,
			lostReason:
				status === 'lost'
					? rng.pick(['Budget cut', 'Went with an agency', 'Timing', 'No reply'])
					: '',
			estimatedValue: { amountMinor: estimate, currency: CURRENCY },
			wonValue:
				status === 'won'
					? {
							amountMinor: Math.round((estimate * rng.int(80, 120)) / 100 / 100) * 100,
							currency: CURRENCY
						}
					: null,
			firstContactOn: contactOn,
			closedOn: closed ? minDay(addDaysTo(contactOn, rng.int(7, 60)), today) : null,
			repeat: channel === 'repeat',
			note: ''
		});
	}
	return out;
}

function minDay(a: string, b: string): string {
	return a < b ? a : b;
}

const RECEIVED_KINDS: [ExchangeKind, number][] = [
	['advice', 5],
	['introduction', 3],
	['referral', 2],
	['feedback', 2],
	['favour', 2],
	['endorsement', 1]
];
const GIVEN_KINDS: [ExchangeKind, number][] = [
	['insight', 4],
	['advice', 3],
	['introduction', 3],
	['favour', 2],
	['feedback', 2],
	['gift', 1],
	['time', 2]
];

function makeExchanges(ctx: Context, count: number, people: Person[], leads: Lead[]): Exchange[] {
	const { rng } = ctx;
	const weights = attentionWeights(people);
	const out: Exchange[] = [];
	// Every referred lead is a referral received from its referrer, linked to the lead.
	for (const lead of leads) {
		if (!lead.referrerId || out.length >= count) continue;
		out.push({
			...meta(ctx, lead.firstContactOn),
			date: lead.firstContactOn,
			personId: lead.referrerId,
			direction: 'received',
			kind: 'referral',
			value: { type: 'weight', weight: 4 },
			note: '',
			interactionId: null,
			leadId: lead.id
		});
	}
	while (out.length < count) {
		const person = weights.pick(rng);
		// Mentors give more than they get: the ledger should show who is owed.
		const receivedBias = person.roles.includes('mentor')
			? 0.75
			: person.roles.includes('mentee')
				? 0.2
				: 0.5;
		const direction = rng.chance(receivedBias) ? 'received' : 'given';
		const kind = rng.weighted(direction === 'received' ? RECEIVED_KINDS : GIVEN_KINDS);
		const date = pastDay(ctx, Math.max(1, daysSince(ctx.today, person.metOn)));
		out.push({
			...meta(ctx, date),
			date,
			personId: person.id,
			direction,
			kind,
			value: exchangeValue(rng, kind),
			note: '',
			interactionId: null,
			leadId: null
		});
	}
	return out;
}

function exchangeValue(rng: Random, kind: ExchangeKind): ExchangeValue {
	if (kind === 'gift')
		return { type: 'money', amount: { amountMinor: rng.int(10, 60) * 100, currency: CURRENCY } };
	if (kind === 'time' || kind === 'advice' || kind === 'feedback') {
		return { type: 'time', minutes: rng.pick([15, 30, 45, 60, 90]) };
	}
	return { type: 'weight', weight: rng.int(1, 5) };
}
