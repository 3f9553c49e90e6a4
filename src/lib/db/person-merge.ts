import { Dexie } from 'dexie';
import type { RecordMeta } from '../domain/common';
import type { Exchange } from '../domain/exchange';
import type { Interaction } from '../domain/interaction';
import type { Lead } from '../domain/lead';
import type { Person } from '../domain/person';
import { movedIds, savedViewsMoved, swappedId } from '../domain/merge';
import { mergedPerson, PERSON_FILTER_FIELDS, templatesMoved } from '../domain/person-merge';
import { db, type RapportDB } from './database';
import { RecordNotFoundError, RefusedError } from './errors';
import { updateExchange } from './repositories/exchanges';
import { updateInteraction } from './repositories/interactions';
import { updateLead } from './repositories/leads';
import { deletePerson, restorePerson, updatePerson } from './repositories/people';
import { fieldsOf, moveInSettings, putBackInSettings, type SettingsMoved } from './merge-common';
import { guarded } from './repository';

/** What a merge moves from the person folded in to the person kept. */
export type MergeCounts = {
	interactions: number;
	exchanges: number;
	/** Leads they are the person of, or referred. */
	leads: number;
	/** People they introduced. */
	introduced: number;
};

const live = <T extends RecordMeta>(r: T) => r.deletedAt === null;
/** Every live record that names `goneId`, read in the caller's transaction. */
async function recordsNaming(database: RapportDB, goneId: string) {
	const [interactions, exchanges, asPerson, asReferrer, people] = await Promise.all([
		database.interactions.where('personIds').equals(goneId).toArray(),
		database.exchanges
			.where('[personId+date]')
			.between([goneId, Dexie.minKey], [goneId, Dexie.maxKey])
			.toArray(),
		database.leads.where('personId').equals(goneId).toArray(),
		database.leads
			.where('[referrerId+firstContactOn]')
			.between([goneId, Dexie.minKey], [goneId, Dexie.maxKey])
			.toArray(),
		database.people.filter((p) => p.introducedById === goneId).toArray()
	]);
	const leads = new Map([...asPerson, ...asReferrer].map((l) => [l.id, l]));
	return {
		interactions: interactions.filter(live),
		exchanges: exchanges.filter(live),
		leads: [...leads.values()].filter(live),
		introduced: people.filter(live)
	};
}

async function livePerson(database: RapportDB, id: string): Promise<Person> {
	const person = await database.people.get(id);
	if (!person || person.deletedAt !== null) throw new RecordNotFoundError('The person');
	return person;
}

/** How much merging `goneId` into `keepId` would move (for the confirmation). */
export function mergeCounts(goneId: string): Promise<MergeCounts> {
	return guarded(() => {
		const database = db();
		return database.transaction(
			'r',
			[database.interactions, database.exchanges, database.leads, database.people],
			async () => {
				const found = await recordsNaming(database, goneId);
				return {
					interactions: found.interactions.length,
					exchanges: found.exchanges.length,
					leads: found.leads.length,
					introduced: found.introduced.length
				};
			}
		);
	});
}

/**
 * Folds the person `goneId` into `keepId`, all in one transaction: their interactions, gives
 * and receives, leads (as the person or the referrer), the people they introduced, and the
 * templates and saved views that name them move to the person kept; their details join the
 * kept person's (see `mergedPerson`); then they are deleted. Every write goes through its
 * repository, so Insights, the ledger and Today stay in step. Any failure writes nothing.
 * Resolves to what undoes it all, in one transaction too.
 */
export function mergePeople(
	keepId: string,
	goneId: string
): Promise<{ counts: MergeCounts; undo: () => Promise<void> }> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', database.tables, async () => {
			if (keepId === goneId) throw new RefusedError('Choose someone else to merge with.');
			const keep = await livePerson(database, keepId);
			const gone = await livePerson(database, goneId);
			const found = await recordsNaming(database, goneId);
			const settings = await database.settings.toArray();

			// Leads first: moving a referrer also moves the referral received that the lead
			// keeps in the ledger, so those exchanges are not moved twice.
			for (const lead of found.leads) {
				await updateLead(lead.id, {
					personId: swappedId(lead.personId, goneId, keepId),
					referrerId: swappedId(lead.referrerId, goneId, keepId)
				});
			}
			const exchanges = (await recordsNaming(database, goneId)).exchanges;
			const movedByLeads = found.exchanges.filter((e) => !exchanges.some((x) => x.id === e.id));
			for (const exchange of exchanges) await updateExchange(exchange.id, { personId: keepId });
			for (const interaction of found.interactions) {
				await updateInteraction(interaction.id, {
					personIds: movedIds(interaction.personIds, goneId, keepId)
				});
			}
			for (const person of found.introduced) {
				if (person.id === keepId) continue;
				await updatePerson(person.id, { introducedById: keepId });
			}
			await updatePerson(keepId, mergedPerson(keep, gone));
			await deletePerson(goneId);
			const changed = await moveInSettings(settings.length > 0, (current) => ({
				templates: templatesMoved(current.templates, goneId, keepId),
				savedViews: savedViewsMoved(current.savedViews, PERSON_FILTER_FIELDS, goneId, keepId)
			}));

			const counts: MergeCounts = {
				interactions: found.interactions.length,
				exchanges: exchanges.length + movedByLeads.length,
				leads: found.leads.length,
				introduced: found.introduced.filter((p) => p.id !== keepId).length
			};
			const undo = () =>
				undoMerge(keep, goneId, {
					leads: found.leads,
					exchanges,
					interactions: found.interactions,
					introduced: found.introduced.filter((p) => p.id !== keepId),
					changed
				});
			return { counts, undo };
		});
	});
}

/** Puts back every record a merge changed, as it was, in one transaction. */
function undoMerge(
	keep: Person,
	goneId: string,
	before: {
		leads: Lead[];
		exchanges: Exchange[];
		interactions: Interaction[];
		introduced: Person[];
		changed: SettingsMoved;
	}
): Promise<void> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', database.tables, async () => {
			await restorePerson(goneId);
			await updatePerson(keep.id, fieldsOf(keep));
			for (const person of before.introduced) {
				await updatePerson(person.id, { introducedById: goneId });
			}
			// The leads take their referral received back with them.
			for (const lead of before.leads) {
				await updateLead(lead.id, { personId: lead.personId, referrerId: lead.referrerId });
			}
			for (const exchange of before.exchanges) {
				await updateExchange(exchange.id, { personId: exchange.personId });
			}
			for (const interaction of before.interactions) {
				await updateInteraction(interaction.id, { personIds: interaction.personIds });
			}
			await putBackInSettings(before.changed);
		});
	});
}
