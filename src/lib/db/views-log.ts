import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import { lastContactByPerson } from './repositories/interactions';
import { listPeople } from './repositories/people';
import { getSettings } from './repositories/settings';

export type LogData = { people: Person[]; recentIds: string[]; settings: Settings };

/** People for the quick log, with the most recently contacted listed first. */
export async function loadLog(): Promise<LogData> {
	const [people, lastContact, settings] = await Promise.all([
		listPeople(),
		lastContactByPerson(),
		getSettings()
	]);
	const recentIds = [...lastContact.entries()]
		.sort((a, b) => b[1].localeCompare(a[1]))
		.slice(0, 8)
		.map(([id]) => id);
	return { people, recentIds, settings };
}
