import fc from 'fast-check';
import type { z } from 'zod/mini';
import type { Dataset } from '../../src/lib/domain/dataset';
import { exchangeSchema } from '../../src/lib/domain/exchange';
import { interactionSchema } from '../../src/lib/domain/interaction';
import { leadSchema } from '../../src/lib/domain/lead';
import { organisationSchema } from '../../src/lib/domain/organisation';
import { personSchema } from '../../src/lib/domain/person';
import { defaultSettings, settingsSchema } from '../../src/lib/domain/settings';
import {
	CONNECTIONS,
	EXCHANGE_DIRECTIONS,
	EXCHANGE_KINDS,
	INTERACTION_KINDS,
	LEAD_STATUSES,
	ORGANISATION_KINDS,
	ROLES
} from '../../src/lib/domain/vocabulary';

// Generators for "any valid database": candidates are drawn wide (any unicode,
// ids like "__proto__", tombstones, nulls), then kept only as the record
// schemas output them, which is exactly what the app can store.

const ids = fc.oneof(
	fc.uuid(),
	fc.string({ minLength: 1, maxLength: 64, unit: 'grapheme' }),
	fc.constantFrom('__proto__', 'constructor', 'toString', 'a:b')
);
const stamp = fc
	.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString());
const day = stamp.map((s) => s.slice(0, 10));
const words = fc.string({ maxLength: 40, unit: 'grapheme' });
const name = fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' });
const money = fc.record({
	amountMinor: fc.integer({ min: 0, max: 1e9 }),
	currency: fc.constantFrom('EUR', 'USD', 'JPY', 'XXX')
});
const meta = fc.record({
	createdAt: stamp,
	updatedAt: stamp,
	deletedAt: fc.option(stamp, { nil: null })
});

function valid<S extends z.ZodMiniType>(schema: S, candidate: unknown): z.output<S>[] {
	const result = schema.safeParse(candidate);
	return result.success ? [result.data] : [];
}

export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
	.record({
		people: fc.uniqueArray(ids, { maxLength: 8 }),
		organisations: fc.uniqueArray(ids, { maxLength: 4 }),
		interactions: fc.uniqueArray(ids, { maxLength: 10 }),
		exchanges: fc.uniqueArray(ids, { maxLength: 6 }),
		leads: fc.uniqueArray(ids, { maxLength: 4 })
	})
	.chain((keys) => {
		const personRef = keys.people.length ? fc.constantFrom(...keys.people) : fc.constant('p');
		const orgRef = keys.organisations.length
			? fc.constantFrom(...keys.organisations)
			: fc.constant('o');
		const person = (id: string) =>
			fc
				.record({
					meta,
					name,
					title: words,
					organisationIds: fc.uniqueArray(orgRef, { maxLength: 2 }),
					emails: fc.uniqueArray(fc.constantFrom('sam@example.com', 'ana.lee@example.org'), {
						maxLength: 2
					}),
					phones: fc.uniqueArray(fc.constantFrom('+351 912 345 678', '(555) 010-2030'), {
						maxLength: 2
					}),
					links: fc.array(
						fc.record({ label: words, url: fc.webUrl({ withQueryParameters: true }) }),
						{ maxLength: 2 }
					),
					tags: fc.uniqueArray(fc.constantFrom('saas', 'Lisbon café', '__proto__'), {
						maxLength: 3
					}),
					roles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 3 }),
					connection: fc.constantFrom(...CONNECTIONS),
					metOn: fc.option(day, { nil: null }),
					introducedById: fc.option(personRef, { nil: null }),
					notes: fc.string({ maxLength: 200, unit: 'binary' }),
					cadenceDays: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: null }),
					touchSnooze: fc.option(fc.record({ from: day, until: day }), { nil: null }),
					archived: fc.boolean()
				})
				.map(({ meta: m, ...rest }) => valid(personSchema, { id, ...m, ...rest }));
		const organisation = (id: string) =>
			fc
				.record({
					meta,
					name,
					kind: fc.constantFrom(...ORGANISATION_KINDS),
					website: fc.oneof(fc.constant(''), fc.webUrl()),
					notes: words
				})
				.map(({ meta: m, ...rest }) => valid(organisationSchema, { id, ...m, ...rest }));
		const interaction = (id: string) =>
			fc
				.record({
					meta,
					date: day,
					kind: fc.constantFrom(...INTERACTION_KINDS),
					personIds: fc.uniqueArray(personRef, { minLength: 1, maxLength: 3 }),
					durationMinutes: fc.integer({ min: 0, max: 1440 }),
					cost: fc.option(money, { nil: null }),
					note: words,
					followUpOn: fc.option(day, { nil: null }),
					followUpDone: fc.boolean()
				})
				.map(({ meta: m, ...rest }) => valid(interactionSchema, { id, ...m, ...rest }));
		const exchange = (id: string) =>
			fc
				.record({
					meta,
					date: day,
					personId: personRef,
					direction: fc.constantFrom(...EXCHANGE_DIRECTIONS),
					kind: fc.constantFrom(...EXCHANGE_KINDS),
					value: fc.oneof(
						fc.record({ type: fc.constant('time'), minutes: fc.integer({ min: 1, max: 600 }) }),
						fc.record({ type: fc.constant('money'), amount: money }),
						fc.record({ type: fc.constant('weight'), weight: fc.integer({ min: 1, max: 5 }) })
					),
					note: words
				})
				.map(({ meta: m, ...rest }) => valid(exchangeSchema, { id, ...m, ...rest }));
		const lead = (id: string) =>
			fc
				.record({
					meta,
					title: name,
					personId: fc.option(personRef, { nil: null }),
					organisationId: fc.option(orgRef, { nil: null }),
					channel: fc.constantFrom('referral', 'linkedin', 'gone-channel'),
					status: fc.constantFrom(...LEAD_STATUSES),
					estimatedValue: fc.option(money, { nil: null }),
					firstContactOn: day,
					repeat: fc.boolean()
				})
				.map(({ meta: m, ...rest }) => valid(leadSchema, { id, ...m, ...rest }));
		const all = <T>(list: string[], make: (id: string) => fc.Arbitrary<T[]>) =>
			fc.tuple(...list.map(make)).map((rows) => rows.flat());
		return fc.record({
			settings: fc
				.record({ ownerName: words, updatedAt: stamp, hourlyRateMinor: fc.nat(100_000) })
				.map((s) => settingsSchema.parse({ ...defaultSettings(s.updatedAt), ...s })),
			people: all(keys.people, person),
			organisations: all(keys.organisations, organisation),
			interactions: all(keys.interactions, interaction),
			exchanges: all(keys.exchanges, exchange),
			leads: all(keys.leads, lead)
		});
	});
