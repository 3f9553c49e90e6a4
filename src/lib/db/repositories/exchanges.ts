import { Dexie } from 'dexie';
import { exchangeSchema, type Exchange, type ExchangeDraft } from '../../domain/exchange';
import { db } from '../database';
import { guarded, repository } from '../repository';

const exchanges = repository<Exchange, typeof exchangeSchema>({
	table: (d) => d.exchanges,
	schema: exchangeSchema,
	what: 'The exchange',
	references: [
		{
			field: 'personId',
			table: 'people',
			ids: (e) => [e.personId],
			message: 'That person is no longer in Rapport.'
		}
	]
});

export const addExchange = (draft: ExchangeDraft) => exchanges.add(draft);
export const updateExchange = exchanges.update;
export const deleteExchange = exchanges.remove;
export const restoreExchange = exchanges.restore;
export const getExchange = exchanges.get;

/** A person's gives and receives, newest first. */
export function exchangesForPerson(personId: string): Promise<Exchange[]> {
	return guarded(() =>
		db()
			.exchanges.where('[personId+date]')
			.between([personId, Dexie.minKey], [personId, Dexie.maxKey])
			.reverse()
			.filter((e) => e.deletedAt === null)
			.toArray()
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
