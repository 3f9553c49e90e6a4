import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import { listOrganisations } from './repositories/organisations';
import { getPerson, listPeople } from './repositories/people';
import { getSettings } from './repositories/settings';

export type PersonFormData = {
	person: Person | undefined;
	organisations: Organisation[];
	people: Person[];
	settings: Settings;
};

/** What the person form needs: the person (when editing), organisations, people, settings. */
export async function loadPersonForm(id: string | undefined): Promise<PersonFormData> {
	const [person, organisations, people, settings] = await Promise.all([
		id ? getPerson(id) : Promise.resolve(undefined),
		listOrganisations(),
		listPeople(),
		getSettings()
	]);
	return { person, organisations, people, settings };
}
