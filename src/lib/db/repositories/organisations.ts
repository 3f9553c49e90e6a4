import {
	organisationSchema,
	type Organisation,
	type OrganisationDraft
} from '../../domain/organisation';
import { db } from '../database';
import { guarded, repository } from '../repository';

const organisations = repository<Organisation, typeof organisationSchema>({
	table: (d) => d.organisations,
	schema: organisationSchema,
	what: 'The organisation'
});

export const addOrganisation = (draft: OrganisationDraft) => organisations.add(draft);
export const updateOrganisation = organisations.update;
export const deleteOrganisation = organisations.remove;
export const restoreOrganisation = organisations.restore;
export const getOrganisation = organisations.get;

export function listOrganisations(): Promise<Organisation[]> {
	return guarded(() =>
		db()
			.organisations.orderBy('name')
			.filter((o) => o.deletedAt === null)
			.toArray()
	);
}
