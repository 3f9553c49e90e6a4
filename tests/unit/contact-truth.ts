import { db } from '../../src/lib/db/database';

/**
 * The truth the last-contact store must equal, read the long way: the newest day per
 * person over every live interaction with them and every live give or receive.
 */
export async function newestContactDays(): Promise<Map<string, string>> {
	const newest = new Map<string, string>();
	const seen = (id: string, date: string) => {
		if ((newest.get(id) ?? '') < date) newest.set(id, date);
	};
	for (const i of await db().interactions.toArray()) {
		if (i.deletedAt === null) for (const id of i.personIds) seen(id, i.date);
	}
	for (const e of await db().exchanges.toArray())
		if (e.deletedAt === null) seen(e.personId, e.date);
	return newest;
}
