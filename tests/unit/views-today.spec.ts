import { describe, expect, it } from 'vitest';
import { replaceAllData } from '../../src/lib/db/dataset';
import { addInteraction } from '../../src/lib/db/repositories/interactions';
import { updatePerson } from '../../src/lib/db/repositories/people';
import { loadToday } from '../../src/lib/db/views';
import { dueForTouch, newWithoutContact } from '../../src/lib/domain/cadence';
import { defaultSettings } from '../../src/lib/domain/settings';
import { personSchema, type Person } from '../../src/lib/domain/person';
import { interactionDraft, personDraft } from './factories';

const TODAY = '2026-11-23';
const LONG_AGO = '2025-01-01T09:00:00.000Z';

function person(id: string, name: string, more: Partial<Person> = {}): Person {
	return personSchema.parse({
		...personDraft({ name }),
		id,
		createdAt: LONG_AGO,
		updatedAt: LONG_AGO,
		deletedAt: null,
		...more
	});
}

describe('loadToday', () => {
	it('reads only the people Today can show, and they give the same lists as everyone would', async () => {
		const everyone = [
			person('quiet', 'Quiet, no cadence'),
			person('later', 'Due much later', { cadenceDays: 365, metOn: '2026-11-01' }),
			person('overdue', 'Overdue', { cadenceDays: 30 }),
			person('soon', 'Due in a month', { cadenceDays: 30, metOn: '2026-11-20' }),
			person('archived', 'Archived', { cadenceDays: 30, archived: true }),
			person('gone', 'Deleted', { cadenceDays: 30, deletedAt: LONG_AGO }),
			person('new', 'Added this week', {
				createdAt: '2026-11-20T09:00:00.000Z',
				updatedAt: '2026-11-20T09:00:00.000Z'
			}),
			person('asked', 'Follow-up with'),
			person('mentor', 'A mentor', { roles: ['mentor'] }),
			person('followed', 'Followed from afar', { connection: 'following' })
		];
		await replaceAllData({
			settings: defaultSettings(LONG_AGO),
			people: everyone,
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		await addInteraction(
			interactionDraft(['asked'], { date: '2025-06-01', followUpOn: '2025-06-08' })
		);

		const today = await loadToday(TODAY);
		const ids = today.people.map((p) => p.id).sort();
		expect(ids).toEqual(['asked', 'followed', 'mentor', 'new', 'overdue', 'soon']);
		expect(today.hasPeople).toBe(true);
		expect(today.followUps.map((f) => f.personIds)).toEqual([['asked']]);

		// The subset gives exactly the lists that reading everyone would.
		const all = new Map([['asked', '2025-06-01']]);
		expect(dueForTouch(today.people, today.lastContact, TODAY)).toEqual(
			dueForTouch(everyone, all, TODAY)
		);
		expect(newWithoutContact(today.people, today.lastContact, TODAY)).toEqual(
			newWithoutContact(everyone, all, TODAY)
		);
	});

	it('follows a cadence change at once (the due index is kept in the same write)', async () => {
		await replaceAllData({
			settings: defaultSettings(LONG_AGO),
			people: [person('p', 'Pat')],
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		expect((await loadToday(TODAY)).people).toEqual([]);
		await updatePerson('p', { cadenceDays: 14 });
		const today = await loadToday(TODAY);
		expect(dueForTouch(today.people, today.lastContact, TODAY).map((d) => d.person.id)).toEqual([
			'p'
		]);
	});

	it('knows when nobody is left', async () => {
		await replaceAllData({
			settings: defaultSettings(LONG_AGO),
			people: [person('gone', 'Gone', { deletedAt: LONG_AGO })],
			organisations: [],
			interactions: [],
			exchanges: [],
			leads: []
		});
		expect((await loadToday(TODAY)).hasPeople).toBe(false);
	});
});
