import { addDaysTo } from '../domain/days';
import type { Interaction } from '../domain/interaction';
import { suggestedPeople } from '../domain/log-form';
import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import { db } from './database';
import { getInteraction, lastContactByPerson } from './repositories/interactions';
import { listPeople } from './repositories/people';
import { getSettings } from './repositories/settings';
import { guarded } from './repository';

export type LogData = {
	people: Person[];
	suggestedIds: string[];
	settings: Settings;
	/** Set when editing an existing interaction. */
	interaction?: Interaction;
	/** The open follow-up this entry answers (logged from it on Today). */
	followUp?: Interaction;
};

/** How often each person was seen in the last 90 days, most first. */
function frequentPeople(today: string): Promise<string[]> {
	return guarded(async () => {
		const recent = await db()
			.interactions.where('date')
			.aboveOrEqual(addDaysTo(today, -90))
			.toArray();
		const counts = new Map<string, number>();
		for (const { personIds, deletedAt } of recent) {
			if (deletedAt !== null) continue;
			for (const id of personIds) counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
	});
}

/** People for the quick log, with the recent and frequent ones suggested first. */
export async function loadLog(
	today: string,
	interactionId?: string,
	followUpId?: string
): Promise<LogData> {
	const [people, lastContact, frequent, settings, interaction, followUp] = await Promise.all([
		// Archived people too: an interaction being edited may include them.
		listPeople({ includeArchived: true }),
		lastContactByPerson(),
		frequentPeople(today),
		getSettings(),
		interactionId ? getInteraction(interactionId) : Promise.resolve(undefined),
		followUpId ? getInteraction(followUpId) : Promise.resolve(undefined)
	]);
	const live = new Set(people.map((p) => p.id));
	const recent = [...lastContact.entries()]
		.filter(([id]) => live.has(id))
		.sort((a, b) => b[1].localeCompare(a[1]))
		.map(([id]) => id);
	return {
		people,
		suggestedIds: suggestedPeople(
			recent,
			frequent.filter((id) => live.has(id))
		),
		settings,
		interaction: interaction && interaction.deletedAt === null ? interaction : undefined,
		followUp:
			followUp && followUp.deletedAt === null && followUp.followUpOn && !followUp.followUpDone
				? followUp
				: undefined
	};
}
