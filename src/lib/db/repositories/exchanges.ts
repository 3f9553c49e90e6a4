import { Dexie } from 'dexie';
import { exchangeSchema, type Exchange, type ExchangeDraft } from '../../domain/exchange';
import { ledgerTotalsOf, type LedgerTotals } from '../../domain/ledger';
import { db, type RapportDB } from '../database';
import { exchangeDerivedTables, syncExchange } from '../derived';
import { guarded, repository } from '../repository';

/** A person's exchanges, tombstones included, through the [personId+date] index. */
function byPerson(database: RapportDB, personId: string) {
	return database.exchanges
		.where('[personId+date]')
		.between([personId, Dexie.minKey], [personId, Dexie.maxKey]);
}

/**
 * Keeps each touched person's ledger totals equal to a recompute from their
 * exchanges, in the same transaction: the person it names now and, when an edit
 * moved it, the person it named before.
 */
async function syncTotals(database: RapportDB, exchange: Exchange, previous?: Exchange) {
	const touched = new Set([exchange.personId, previous?.personId ?? exchange.personId]);
	for (const personId of touched) {
		const totals = ledgerTotalsOf(personId, await byPerson(database, personId).toArray());
		if (totals.given.count + totals.received.count > 0) await database.ledgerTotals.put(totals);
		else await database.ledgerTotals.delete(personId);
	}
}

const exchanges = repository<Exchange, typeof exchangeSchema>({
	table: (d) => d.exchanges,
	alsoWrites: exchangeDerivedTables,
	schema: exchangeSchema,
	what: 'The exchange',
	references: [
		{
			field: 'personId',
			table: 'people',
			ids: (e) => [e.personId],
			message: 'That person is no longer in Rapport.'
		}
	],
	hooks: {
		afterWrite: async (database, exchange, previous) => {
			await syncTotals(database, exchange, previous);
			await syncExchange(database, exchange, previous);
		}
	}
});

export const addExchange = (draft: ExchangeDraft) => exchanges.add(draft);
export const updateExchange = exchanges.update;
export const deleteExchange = exchanges.remove;
export const restoreExchange = exchanges.restore;
export const getExchange = exchanges.get;

/** A person's gives and receives, newest first. */
export function exchangesForPerson(personId: string): Promise<Exchange[]> {
	// One bulk read (getAll), then filtered and turned here: Dexie's .filter() walks a
	// cursor, one task per row, on the person page's way to the screen.
	return guarded(async () =>
		(await byPerson(db(), personId).toArray()).filter((e) => e.deletedAt === null).reverse()
	);
}

export function exchangesBetween(from: string, to: string): Promise<Exchange[]> {
	return guarded(() =>
		db()
			.exchanges.where('date')
			.between(from, to, true, true)
			.filter((e) => e.deletedAt === null)
			.toArray()
	);
}

/** Everyone's give-and-take sums, from the derived row kept per person. */
export function ledgerTotalsByPerson(): Promise<Map<string, LedgerTotals>> {
	return guarded(async () => {
		const rows = await db().ledgerTotals.toArray();
		return new Map(rows.map((r) => [r.personId, r]));
	});
}

/** One person's give-and-take sums (undefined when they have no exchange). */
export function ledgerTotalsFor(personId: string): Promise<LedgerTotals | undefined> {
	return guarded(() => db().ledgerTotals.get(personId));
}

/** Several gives or receives in ONE transaction (an introduction names two people): all or none. */
/** Several gives and receives at once: their store, the ledger's rows and the people they name. */
const manyTables = (d: RapportDB) => [d.exchanges, ...exchangeDerivedTables(d)];

export function addExchanges(drafts: ExchangeDraft[]): Promise<Exchange[]> {
	return guarded(() => {
		const d = db();
		return d.transaction('rw', manyTables(d), async () => {
			const saved: Exchange[] = [];
			for (const draft of drafts) saved.push(await exchanges.add(draft));
			return saved;
		});
	});
}

/** Deletes several gives and receives in ONE transaction (undoing `addExchanges`). */
export function deleteExchanges(ids: readonly string[]): Promise<void> {
	return guarded(() => {
		const d = db();
		return d.transaction('rw', manyTables(d), async () => {
			for (const id of ids) await exchanges.remove(id);
		});
	});
}
