import type { Exchange } from '../domain/exchange';
import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import { getExchange } from './repositories/exchanges';
import { listOrganisations } from './repositories/organisations';
import { getPerson, listPeople } from './repositories/people';
import { getSettings } from './repositories/settings';

export type ExchangeFormData = {
	person: Person | undefined;
	settings: Settings;
	/** Set when editing. */
	exchange?: Exchange;
};

/** A new give or receive with a person, or an existing one to edit (by its id). */
export async function loadExchangeForm(
	target: { personId: string } | { exchangeId: string }
): Promise<ExchangeFormData> {
	const exchange = 'exchangeId' in target ? await getExchange(target.exchangeId) : undefined;
	const live = exchange && exchange.deletedAt === null ? exchange : undefined;
	const personId = 'personId' in target ? target.personId : live?.personId;
	const [person, settings] = await Promise.all([
		personId ? getPerson(personId) : Promise.resolve(undefined),
		getSettings()
	]);
	return { person: person?.deletedAt === null ? person : undefined, settings, exchange: live };
}

export type NetworkData = {
	people: Person[];
	organisations: Map<string, Organisation>;
	settings: Settings;
};

/** Everyone and every organisation: for introductions and "What could I offer?". */
export async function loadNetwork(): Promise<NetworkData> {
	const [people, organisations, settings] = await Promise.all([
		listPeople(),
		listOrganisations(),
		getSettings()
	]);
	return { people, organisations: new Map(organisations.map((o) => [o.id, o])), settings };
}
