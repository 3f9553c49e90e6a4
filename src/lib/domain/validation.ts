import type { z } from 'zod/mini';

export type FieldErrors = Record<string, string>;

export const FIELD_LABELS: Record<string, string> = {
	name: 'Name',
	title: 'Title',
	emails: 'Email',
	phones: 'Phone',
	links: 'Link',
	tags: 'Tags',
	roles: 'Roles',
	notes: 'Notes',
	note: 'Note',
	goals: 'Goals',
	interests: 'Interests',
	cadenceDays: 'Keep-in-touch cadence',
	date: 'Date',
	durationMinutes: 'Duration',
	personIds: 'People',
	personId: 'Person',
	channel: 'Channel',
	hourlyRate: 'Hourly rate',
	currency: 'Currency',
	status: 'Status',
	kind: 'Kind',
	direction: 'Direction',
	value: 'Value',
	cost: 'Cost',
	firstContactOn: 'First contact',
	closedOn: 'Closed on',
	metOn: 'Met on',
	followUpOn: 'Follow-up',
	ownerName: 'Your name',
	hourlyRateMinor: 'Hourly rate',
	defaultCadenceDays: 'Default cadence',
	organisations: 'Organisations',
	location: 'Location',
	metEvent: 'Event',
	estimatedValue: 'Estimated value',
	wonValue: 'Won value',
	weightMinutes: 'Weight',
	balancedWithinMinutes: 'Balanced within',
	mentorGiveDays: 'Mentor nudge',
	askingWindowDays: 'Asking-too-much window'
};

/** Flattens zod issues to one message per field path, e.g. `emails.1` → "Email 2: …". */
export function fieldErrors(error: z.core.$ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const key = issue.path.map(String).join('.') || '_';
		if (!(key in out)) out[key] = issue.message;
	}
	return out;
}

/** The message for one form field, including its list items ("emails.1"). */
export function errorFor(errors: FieldErrors, field: string): string | undefined {
	if (errors[field]) return errors[field];
	const key = Object.keys(errors).find((k) => k.startsWith(`${field}.`));
	return key ? errors[key] : undefined;
}

/** One zod issue in words, its field named ("Email 2: …"). */
export function describeIssue(issue: z.core.$ZodIssue): string {
	return labelled(issue.path, issue.message);
}

function labelled(path: readonly PropertyKey[], message: string): string {
	const [head, index] = path;
	const label = typeof head === 'string' ? (FIELD_LABELS[head] ?? head) : '';
	const where = label && typeof index === 'number' ? `${label} ${index + 1}` : label;
	// Messages that already name their field are not prefixed twice.
	return where && !message.startsWith(label) ? `${where}: ${message}` : message;
}

/**
 * A form's summary of its field messages: what each field shows (`errorFor` of its name),
 * once per field and named ("Met on: That date is in the future."), never a message the
 * field replaced with its own.
 */
export function describeFieldErrors(errors: FieldErrors): string {
	const fields = [...new Set(Object.keys(errors).map((key) => key.split('.')[0]!))];
	return fields
		.map((field) => {
			const key =
				field in errors ? field : Object.keys(errors).find((k) => k.startsWith(`${field}.`))!;
			const path = key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
			return labelled(field === '_' ? [] : path, errors[key]!);
		})
		.join(' ');
}

/** One sentence naming every problem, for a toast or an error banner. */
export function describeErrors(error: z.core.$ZodError): string {
	return error.issues.map(describeIssue).join(' ');
}
