import type { Lead } from '../../domain/lead';
import { db } from '../database';
import { guarded } from '../repository';

/** Every live lead, newest first contact first. */
export function listLeads(): Promise<Lead[]> {
	// One bulk read in index order, reversed and filtered in JS: a reversed or
	// filtered Dexie collection walks a cursor, many times slower on 10,000 leads.
	// Filtered first: live queries hand out frozen arrays, and reverse() is in place.
	return guarded(async () =>
		// filter() first: live queries hand out frozen arrays, which reverse() cannot change.
		(await db().leads.orderBy('firstContactOn').toArray())
			.filter((l) => l.deletedAt === null)
			.reverse()
	);
}

export function leadsForPerson(personId: string): Promise<Lead[]> {
	return guarded(async () => {
		const database = db();
		const [asContact, asReferrer] = await Promise.all([
			database.leads.where('personId').equals(personId).toArray(),
			database.leads
				.where('[referrerId+firstContactOn]')
				.between([personId, ''], [personId, '\uffff'])
				.toArray()
		]);
		const byId = new Map([...asContact, ...asReferrer].map((l) => [l.id, l]));
		return [...byId.values()]
			.filter((l) => l.deletedAt === null)
			.sort((a, b) => b.firstContactOn.localeCompare(a.firstContactOn));
	});
}
