import { Dexie } from 'dexie';
import type { RecordMeta } from '../domain/common';
import type { Exchange } from '../domain/exchange';
import type { Interaction } from '../domain/interaction';
import type { Lead } from '../domain/lead';
import {
	fieldsBack,
	movedIds,
	overLimitMessage,
	sameValue,
	savedViewsMoved,
	swappedId
} from '../domain/merge';
import { personSchema, type Person } from '../domain/person';
import {
	mergedPerson,
	PERSON_FILTER_FIELDS,
	templatesMoved,
	type MergedFields
} from '../domain/person-merge';
import { db, type RapportDB } from './database';
import { RecordNotFoundError, RefusedError } from './errors';
import { moveInSettings, putBackInSettings, type SettingsMoved } from './merge-common';
import { updateExchange } from './repositories/exchanges';
import { updateInteraction } from './repositories/interactions';
import { updateLead } from './repositories/leads';
import { deletePerson, restorePerson, updatePerson } from './repositories/people';
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

/** What merging would do, or why it cannot be done as the two records are. */
export type MergePreview = { counts: MergeCounts; blocked: string | null };

const isLive = <T extends RecordMeta>(r: T) => r.deletedAt === null;

/** The exchanges that name `goneId`, deleted ones too. */
const exchangesOf = (database: RapportDB, goneId: string) =>
	database.exchanges
		.where('[personId+date]')
		.between([goneId, Dexie.minKey], [goneId, Dexie.maxKey])
		.toArray();

/** Every record that names `goneId` (deleted ones too: an Undo may bring them back). */
async function recordsNaming(database: RapportDB, goneId: string, keepId: string) {
	const [interactions, exchanges, asPerson, asReferrer, people] = await Promise.all([
		database.interactions.where('personIds').equals(goneId).toArray(),
		exchangesOf(database, goneId),
		database.leads.where('personId').equals(goneId).toArray(),
		database.leads
			.where('[referrerId+firstContactOn]')
			.between([goneId, Dexie.minKey], [goneId, Dexie.maxKey])
			.toArray(),
		// One bulk read, filtered here: a cursor filter is many times slower.
		database.people.toArray()
	]);
	const leads = [...new Map([...asPerson, ...asReferrer].map((l) => [l.id, l])).values()];
	const introduced = people.filter((p) => p.introducedById === goneId && p.id !== keepId);
	return { interactions, exchanges, leads, introduced };
}

type Found = Awaited<ReturnType<typeof recordsNaming>>;

const countsOf = (found: Found): MergeCounts => ({
	interactions: found.interactions.filter(isLive).length,
	exchanges: found.exchanges.filter(isLive).length,
	leads: found.leads.filter(isLive).length,
	introduced: found.introduced.filter(isLive).length
});

async function livePerson(database: RapportDB, id: string): Promise<Person> {
	const person = await database.people.get(id);
	if (!person || person.deletedAt !== null) throw new RecordNotFoundError('The person');
	return person;
}

/**
 * The kept person's fields after the merge. Links of the other record to organisations or an
 * introducer deleted since are left out: they cannot be added to anyone now.
 */
async function mergedOf(database: RapportDB, keep: Person, gone: Person): Promise<MergedFields> {
	const organisations = await database.organisations.bulkGet(gone.organisationIds);
	const introducer = gone.introducedById ? await database.people.get(gone.introducedById) : null;
	return mergedPerson(keep, {
		...gone,
		organisationIds: gone.organisationIds.filter(
			(id, i) => keep.organisationIds.includes(id) || organisations[i]?.deletedAt === null
		),
		introducedById: introducer?.deletedAt === null ? gone.introducedById : null
	});
}

/** What merging `goneId` into `keepId` would move, and whether it can be done (for the confirmation). */
export function mergePreview(goneId: string, keepId: string): Promise<MergePreview> {
	return guarded(() => {
		const database = db();
		return database.transaction(
			'r',
			[
				database.interactions,
				database.exchanges,
				database.leads,
				database.people,
				database.organisations
			],
			async () => {
				const [keep, gone] = [
					await livePerson(database, keepId),
					await livePerson(database, goneId)
				];
				const found = await recordsNaming(database, goneId, keepId);
				return {
					counts: countsOf(found),
					blocked: overLimitMessage(personSchema, {
						...keep,
						...(await mergedOf(database, keep, gone))
					})
				};
			}
		);
	});
}

/**
 * Folds the person `goneId` into `keepId`, all in one transaction: their interactions, gives
 * and receives, leads (as the person or the referrer), the people they introduced, and the
 * templates and saved views that name them move to the person kept; their details join the
 * kept person's (see `mergedPerson`); then they are deleted. Every write to a live record goes
 * through its repository, so Insights, the ledger and Today stay in step; deleted records that
 * name them are moved as they lie, so an Undo of their delete never brings back a link to
 * someone gone. A lead of the kept person that the other record referred loses its referrer:
 * no one refers work to themselves. Any failure writes nothing. Resolves to what undoes it.
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
			const merged = await mergedOf(database, keep, gone);
			const blocked = overLimitMessage(personSchema, { ...keep, ...merged });
			if (blocked) throw new RefusedError(blocked);
			const found = await recordsNaming(database, goneId, keepId);
			const settings = await database.settings.count();
			const after = new Map<string, unknown>();

			// Leads first: moving a referrer also moves the referral received that the lead
			// keeps in the ledger, so those exchanges are not moved twice.
			for (const lead of found.leads) {
				const personId = swappedId(lead.personId, goneId, keepId);
				const swapped = swappedId(lead.referrerId, goneId, keepId);
				const referrerId = swapped === personId ? null : swapped;
				if (isLive(lead)) await updateLead(lead.id, { personId, referrerId });
				else await database.leads.put({ ...lead, personId, referrerId });
				after.set(lead.id, { personId, referrerId });
			}
			// The rest of their gives and receives (read again: the leads moved their referrals).
			for (const exchange of await exchangesOf(database, goneId)) {
				if (isLive(exchange)) await updateExchange(exchange.id, { personId: keepId });
				else await database.exchanges.put({ ...exchange, personId: keepId });
			}
			for (const interaction of found.interactions) {
				const personIds = movedIds(interaction.personIds, goneId, keepId);
				if (isLive(interaction)) await updateInteraction(interaction.id, { personIds });
				else await database.interactions.put({ ...interaction, personIds });
				after.set(interaction.id, personIds);
			}
			for (const person of found.introduced) {
				if (isLive(person)) await updatePerson(person.id, { introducedById: keepId });
				else await database.people.put({ ...person, introducedById: keepId });
			}
			await updatePerson(keepId, merged);
			await deletePerson(goneId);
			const changed = await moveInSettings(settings > 0, (current) => ({
				templates: templatesMoved(current.templates, goneId, keepId),
				savedViews: savedViewsMoved(current.savedViews, PERSON_FILTER_FIELDS, goneId, keepId)
			}));

			const undo = () => undoMerge(keep, merged, goneId, { ...found, changed, after });
			return { counts: countsOf(found), undo };
		});
	});
}

/**
 * Puts back what a merge changed, in one transaction. A field or link changed again since the
 * merge (a note typed, a person added to an interaction) is left as it is now.
 */
function undoMerge(
	keep: Person,
	merged: MergedFields,
	goneId: string,
	before: {
		leads: Lead[];
		exchanges: Exchange[];
		interactions: Interaction[];
		introduced: Person[];
		changed: SettingsMoved;
		/** What the merge wrote to each lead and interaction. */
		after: Map<string, unknown>;
	}
): Promise<void> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', database.tables, async () => {
			const keepId = keep.id;
			await restorePerson(goneId);
			const now = await livePerson(database, keepId);
			const back = fieldsBack(keep, merged, now);
			if (Object.keys(back).length) await updatePerson(keepId, back);

			const put = async <T extends RecordMeta>(
				table: 'people' | 'leads' | 'exchanges' | 'interactions',
				id: string,
				stillMoved: (current: T) => boolean,
				patch: Partial<T>,
				update: (id: string, patch: Partial<T>) => Promise<unknown>
			) => {
				const current = (await database.table(table).get(id)) as T | undefined;
				if (!current || !stillMoved(current)) return;
				if (isLive(current)) await update(id, patch);
				else await database.table(table).put({ ...current, ...patch });
			};
			for (const person of before.introduced) {
				await put<Person>(
					'people',
					person.id,
					(p) => p.introducedById === keepId,
					{ introducedById: goneId },
					updatePerson
				);
			}
			// The leads take their referral received back with them.
			for (const lead of before.leads) {
				await put<Lead>(
					'leads',
					lead.id,
					(l) =>
						sameValue(
							{ personId: l.personId, referrerId: l.referrerId },
							before.after.get(lead.id)
						),
					{ personId: lead.personId, referrerId: lead.referrerId },
					updateLead
				);
			}
			for (const exchange of before.exchanges) {
				await put<Exchange>(
					'exchanges',
					exchange.id,
					(e) => e.personId === keepId,
					{ personId: goneId },
					updateExchange
				);
			}
			for (const interaction of before.interactions) {
				await put<Interaction>(
					'interactions',
					interaction.id,
					(i) => sameValue(i.personIds, before.after.get(interaction.id)),
					{ personIds: interaction.personIds },
					updateInteraction
				);
			}
			await putBackInSettings(before.changed);
		});
	});
}
