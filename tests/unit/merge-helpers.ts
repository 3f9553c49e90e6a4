import { readAllData } from '../../src/lib/db/backup';
import { db } from '../../src/lib/db/database';
import { replaceAllData } from '../../src/lib/db/dataset';
import type { Dataset } from '../../src/lib/domain/dataset';

/** Records without the time they were last written (an undo writes them again). */
export const unstamped = (data: Dataset) =>
	Object.fromEntries(
		Object.entries(data).map(([table, rows]) => [
			table,
			Array.isArray(rows)
				? rows
						.map((row: { id: string }) => ({ ...row, updatedAt: undefined }))
						.sort((a, b) => (a.id < b.id ? -1 : 1))
				: { ...rows, updatedAt: undefined }
		])
	);

/** Every derived store, as kept up to date by the writes. */
export async function derivedStores() {
	const d = db();
	const [lastContacts, openFollowUps, personDue, ledgerTotals, insights, introductions] =
		await Promise.all([
			d.lastContacts.orderBy('personId').toArray(),
			d.openFollowUps.orderBy('interactionId').toArray(),
			d.personDue.orderBy('personId').toArray(),
			d.ledgerTotals.orderBy('personId').toArray(),
			d.insights.orderBy('id').toArray(),
			d.introductions.toArray()
		]);
	return { lastContacts, openFollowUps, personDue, ledgerTotals, insights, introductions };
}

/** The derived stores rebuilt from scratch from the records as they are now. */
export async function rebuiltStores() {
	await replaceAllData(await readAllData());
	return derivedStores();
}
