import type { ExchangeDraft } from '../../src/lib/domain/exchange';
import type { InteractionDraft } from '../../src/lib/domain/interaction';
import { personSchema, type Person, type PersonDraft } from '../../src/lib/domain/person';

/** Test-data factories: a valid draft, overridable field by field. */
export function personDraft(overrides: Partial<PersonDraft> = {}): PersonDraft {
	return {
		name: 'Sam Okafor',
		emails: ['sam@example.com'],
		tags: ['saas'],
		roles: ['client'],
		...overrides
	};
}

export function interactionDraft(
	personIds: string[],
	overrides: Partial<InteractionDraft> = {}
): InteractionDraft {
	return { date: '2026-03-01', kind: 'coffee', personIds, durationMinutes: 45, ...overrides };
}

export function exchangeDraft(
	personId: string,
	overrides: Partial<ExchangeDraft> = {}
): ExchangeDraft {
	return {
		date: '2026-03-01',
		personId,
		direction: 'received',
		kind: 'advice',
		value: { type: 'weight', weight: 3 },
		...overrides
	};
}

/** A stored person (id, times, no tombstone unless given), parsed like one read from the database. */
export function storedPerson(fields: Partial<Person> & { name: string }): Person {
	return personSchema.parse({
		id: fields.name,
		createdAt: '2026-01-01T09:00:00.000Z',
		updatedAt: '2026-01-01T09:00:00.000Z',
		...fields
	});
}
