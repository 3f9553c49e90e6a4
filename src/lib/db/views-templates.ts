import type { Settings } from '../domain/settings';
import { listPeople } from './repositories/people';
import { getSettings } from './repositories/settings';

export type TemplatesData = {
	settings: Settings;
	/** People a template may name (introducer, referrer): live and not archived. */
	people: { id: string; name: string }[];
};

/** What Settings → Templates needs. */
export async function loadTemplates(): Promise<TemplatesData> {
	const [settings, people] = await Promise.all([getSettings(), listPeople()]);
	return { settings, people: people.map((p) => ({ id: p.id, name: p.name })) };
}
