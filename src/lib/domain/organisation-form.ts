import type { Organisation, OrganisationDraft } from './organisation';
import { splitList } from './person-form';
import { withWebScheme } from './safe-url';
import type { OrganisationKind } from './vocabulary';

/** What the organisation form holds: text as typed, tags comma-separated. */
export type OrganisationFormValues = {
	name: string;
	kind: OrganisationKind;
	website: string;
	tags: string;
	notes: string;
};

export function organisationToForm(org: Organisation): OrganisationFormValues {
	return {
		name: org.name,
		kind: org.kind,
		website: org.website,
		tags: org.tags.join(', '),
		notes: org.notes
	};
}

/**
 * The fields to store, trimmed, a website typed without its scheme ("guild.pt") with
 * "https://" in front; the schema checks them when they are written.
 */
export function organisationFormToDraft(values: OrganisationFormValues): OrganisationDraft {
	return {
		name: values.name.trim(),
		kind: values.kind,
		website: withWebScheme(values.website),
		tags: splitList(values.tags),
		notes: values.notes.trim()
	};
}
