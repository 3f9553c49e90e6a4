import {
	fieldsBack,
	movedIds,
	overLimitMessage,
	sameValue,
	savedViewsMoved
} from '../domain/merge';
import { organisationSchema, type Organisation } from '../domain/organisation';
import {
	mergedOrganisation,
	ORGANISATION_FILTER_FIELDS,
	templatesRenamed
} from '../domain/organisation-merge';
import { db, type RapportDB } from './database';
import { RecordNotFoundError, RefusedError } from './errors';
import { moveInSettings, putBackInSettings } from './merge-common';
import { updateLead } from './repositories/leads';
import {
	deleteOrganisation,
	restoreOrganisation,
	updateOrganisation
} from './repositories/organisations';
import { updatePerson } from './repositories/people';
import { guarded } from './repository';

/** What a merge moves from the organisation folded in to the one kept. */
export type OrganisationMergeCounts = { people: number; leads: number };

/** Every live person and lead that names `goneId`, read in the caller's transaction. */
async function linked(database: RapportDB, goneId: string) {
	const [people, leads] = await Promise.all([
		database.people.where('organisationIds').equals(goneId).toArray(),
		database.leads.filter((l) => l.organisationId === goneId).toArray()
	]);
	return {
		people: people.filter((p) => p.deletedAt === null),
		leads: leads.filter((l) => l.deletedAt === null)
	};
}

async function liveOrganisation(database: RapportDB, id: string): Promise<Organisation> {
	const organisation = await database.organisations.get(id);
	if (!organisation || organisation.deletedAt !== null) {
		throw new RecordNotFoundError('The organisation');
	}
	return organisation;
}

/** What merging would do, or why it cannot be done as the two records are. */
export type OrganisationMergePreview = { counts: OrganisationMergeCounts; blocked: string | null };

/** What merging `goneId` into `keepId` would move, and whether it can be done. */
export function organisationMergePreview(
	goneId: string,
	keepId: string
): Promise<OrganisationMergePreview> {
	return guarded(() => {
		const database = db();
		return database.transaction(
			'r',
			[database.people, database.leads, database.organisations],
			async () => {
				const keep = await liveOrganisation(database, keepId);
				const gone = await liveOrganisation(database, goneId);
				const found = await linked(database, goneId);
				return {
					counts: { people: found.people.length, leads: found.leads.length },
					blocked: overLimitMessage(organisationSchema, {
						...keep,
						...mergedOrganisation(keep, gone)
					})
				};
			}
		);
	});
}

/**
 * Folds the organisation `goneId` into `keepId` in one transaction: the people and leads
 * linked to it, and the templates and saved views that name it, move to the one kept; its
 * website, tags and notes join the kept one's; then it is deleted. Every write goes through
 * its repository, so Insights stays in step. Any failure writes nothing. Resolves to what
 * undoes it all, in one transaction too.
 */
export function mergeOrganisations(
	keepId: string,
	goneId: string
): Promise<{ counts: OrganisationMergeCounts; undo: () => Promise<void> }> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', database.tables, async () => {
			if (keepId === goneId) throw new RefusedError('Choose another organisation to merge.');
			const keep = await liveOrganisation(database, keepId);
			const gone = await liveOrganisation(database, goneId);
			const merged = mergedOrganisation(keep, gone);
			const blocked = overLimitMessage(organisationSchema, { ...keep, ...merged });
			if (blocked) throw new RefusedError(blocked);
			const found = await linked(database, goneId);
			const hasSettings = (await database.settings.count()) > 0;

			for (const person of found.people) {
				await updatePerson(person.id, {
					organisationIds: movedIds(person.organisationIds, goneId, keepId)
				});
			}
			for (const lead of found.leads) await updateLead(lead.id, { organisationId: keepId });
			await updateOrganisation(keepId, merged);
			await deleteOrganisation(goneId);
			const changed = await moveInSettings(hasSettings, (current) => ({
				templates: templatesRenamed(current.templates, gone, keep),
				savedViews: savedViewsMoved(current.savedViews, ORGANISATION_FILTER_FIELDS, goneId, keepId)
			}));

			const moved = new Map(
				found.people.map((p) => [p.id, movedIds(p.organisationIds, goneId, keepId)])
			);
			const undo = () =>
				guarded(() => {
					const d = db();
					return d.transaction('rw', d.tables, async () => {
						await restoreOrganisation(goneId);
						// Each field, link and list back as it was, unless changed again since.
						const now = await liveOrganisation(d, keepId);
						const back = fieldsBack(keep, merged, now);
						if (Object.keys(back).length) await updateOrganisation(keepId, back);
						for (const person of found.people) {
							const current = await d.people.get(person.id);
							if (
								current?.deletedAt === null &&
								sameValue(current.organisationIds, moved.get(person.id))
							) {
								await updatePerson(person.id, { organisationIds: person.organisationIds });
							}
						}
						for (const lead of found.leads) {
							const current = await d.leads.get(lead.id);
							if (current?.deletedAt === null && current.organisationId === keepId) {
								await updateLead(lead.id, { organisationId: goneId });
							}
						}
						await putBackInSettings(changed);
					});
				});
			return { counts: { people: found.people.length, leads: found.leads.length }, undo };
		});
	});
}
