import type { Exchange } from './exchange';
import type { Interaction } from './interaction';
import type { Lead } from './lead';
import type { Organisation } from './organisation';
import type { Person } from './person';
import type { Settings } from './settings';

/** Everything the user keeps, as plain rows: what sample data, backups and imports carry. */
export type Dataset = {
	settings: Settings;
	people: Person[];
	organisations: Organisation[];
	interactions: Interaction[];
	exchanges: Exchange[];
	leads: Lead[];
};

export type DatasetCounts = {
	people: number;
	organisations: number;
	interactions: number;
	exchanges: number;
	leads: number;
};

export function countsOf(dataset: Omit<Dataset, 'settings'>): DatasetCounts {
	return {
		people: dataset.people.length,
		organisations: dataset.organisations.length,
		interactions: dataset.interactions.length,
		exchanges: dataset.exchanges.length,
		leads: dataset.leads.length
	};
}
