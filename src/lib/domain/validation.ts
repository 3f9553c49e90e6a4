import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

const FIELD_LABELS: Record<string, string> = {
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
	followUpOn: 'Follow-up'
};

/** Flattens zod issues to one message per field path, e.g. `emails.1` → "Email 2: …". */
export function fieldErrors(error: z.ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const key = issue.path.map(String).join('.') || '_';
		if (!(key in out)) out[key] = issue.message;
	}
	return out;
}

/** One sentence naming every problem, for a toast or an error banner. */
export function describeErrors(error: z.ZodError): string {
	return error.issues
		.map((issue) => {
			const [head, index] = issue.path;
			const label = typeof head === 'string' ? (FIELD_LABELS[head] ?? head) : '';
			const where = label && typeof index === 'number' ? `${label} ${index + 1}` : label;
			return where ? `${where}: ${issue.message}` : issue.message;
		})
		.join(' ');
}
