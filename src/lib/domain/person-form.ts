import type { Person, PersonDraft } from './person';
import { withWebScheme } from './safe-url';
import type { Role } from './vocabulary';

/** What the person form edits: text as typed, lists as comma- or line-separated text. */
export type PersonFormValues = {
	name: string;
	title: string;
	organisations: string;
	emails: string;
	phones: string;
	links: string;
	location: string;
	tags: string;
	roles: Role[];
	following: boolean;
	metOn: string;
	metChannel: string;
	metEvent: string;
	introducedById: string;
	goals: string;
	interests: string;
	notes: string;
	cadenceDays: string;
};

/**
 * Splits "a, b\nc" into trimmed, distinct, non-empty items (first spelling wins), each
 * through `normalise` first when given (so "guild.pt" and "https://guild.pt" are one link).
 */
export function splitList(
	text: string,
	separator: RegExp = /[,\n;]/,
	normalise: (item: string) => string = (item) => item
): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const raw of text.split(separator)) {
		const item = normalise(raw.trim());
		if (item && !seen.has(item.toLowerCase())) {
			seen.add(item.toLowerCase());
			out.push(item);
		}
	}
	return out;
}

export function emptyPersonForm(defaultCadenceDays: number | null): PersonFormValues {
	return {
		name: '',
		title: '',
		organisations: '',
		emails: '',
		phones: '',
		links: '',
		location: '',
		tags: '',
		roles: [],
		following: false,
		metOn: '',
		metChannel: '',
		metEvent: '',
		introducedById: '',
		goals: '',
		interests: '',
		notes: '',
		cadenceDays: defaultCadenceDays === null ? '' : String(defaultCadenceDays)
	};
}

export function personToForm(person: Person, organisationNames: string[]): PersonFormValues {
	return {
		name: person.name,
		title: person.title,
		organisations: organisationNames.join('\n'),
		emails: person.emails.join(', '),
		phones: person.phones.join(', '),
		links: person.links.map((l) => l.url).join('\n'),
		location: person.location,
		tags: person.tags.join(', '),
		roles: [...person.roles],
		following: person.connection === 'following',
		metOn: person.metOn ?? '',
		metChannel: person.metChannel ?? '',
		metEvent: person.metEvent,
		introducedById: person.introducedById ?? '',
		goals: person.goals,
		interests: person.interests,
		notes: person.notes,
		cadenceDays: person.cadenceDays === null ? '' : String(person.cadenceDays)
	};
}

/**
 * The draft to validate and save, plus the organisation names to resolve. A
 * cadence that is not a whole number is passed through as NaN so the schema
 * reports it in its own words.
 */
export function formToDraft(
	values: PersonFormValues,
	previousLinks: readonly { label: string; url: string }[] = []
): {
	draft: Omit<PersonDraft, 'organisationIds'>;
	organisationNames: string[];
} {
	const cadence = values.cadenceDays.trim();
	// The form edits URLs only; labels already stored stay with their URL.
	const labels = new Map(previousLinks.map((l) => [l.url, l.label]));
	return {
		// Names may contain commas ("Smith, Jones & Co"): one per line, or ";".
		organisationNames: splitList(values.organisations, /[\n;]/),
		draft: {
			name: values.name,
			title: values.title.trim(),
			emails: splitList(values.emails).map((e) => e.toLowerCase()),
			phones: splitList(values.phones, /[,\n;]/),
			// "hohenzollern.example" is saved as "https://hohenzollern.example".
			links: splitList(values.links, /[\s,]+/, withWebScheme).map((url) => ({
				label: labels.get(url) ?? '',
				url
			})),
			location: values.location.trim(),
			tags: splitList(values.tags),
			roles: [...values.roles],
			connection: values.following ? 'following' : 'mutual',
			metOn: values.metOn || null,
			metChannel: values.metChannel || null,
			metEvent: values.metEvent.trim(),
			introducedById: values.introducedById || null,
			goals: values.goals,
			interests: values.interests,
			notes: values.notes,
			cadenceDays: cadence === '' ? null : /^-?\d+$/.test(cadence) ? Number(cadence) : Number.NaN
		}
	};
}

/** A day after `today` for something that already happened gets this message. */
export function futureDayError(day: string, today: string): string | undefined {
	return day && day > today ? 'That date is in the future.' : undefined;
}
