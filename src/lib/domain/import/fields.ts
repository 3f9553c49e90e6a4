/** The person fields a column of an imported file can fill, and how headers map to them. */

export const IMPORT_FIELDS = [
	'ignore',
	'name',
	'firstName',
	'middleName',
	'lastName',
	'emails',
	'phones',
	'organisations',
	'title',
	'tags',
	'roles',
	'notes',
	'links',
	'location',
	'metOn',
	'metEvent',
	'goals',
	'interests',
	'cadenceDays'
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
	ignore: 'Do not import',
	name: 'Full name',
	firstName: 'First name',
	middleName: 'Middle name',
	lastName: 'Last name',
	emails: 'Email',
	phones: 'Phone',
	organisations: 'Organisation',
	title: 'Title',
	tags: 'Tags',
	roles: 'Roles',
	notes: 'Notes',
	links: 'Link',
	location: 'Location',
	metOn: 'Met on (date)',
	metEvent: 'Met at (event)',
	goals: 'Goals',
	interests: 'Interests',
	cadenceDays: 'Keep in touch every (days)'
};

/** One field per column of the file, in column order. */
export type ColumnMapping = ImportField[];

/** A file read into rows of text cells, whatever its format. */
export type SourceTable = {
	headers: string[];
	rows: string[][];
	/** A CSV's row numbers as a spreadsheet shows them; else rows count from 2 (the header is 1). */
	rowNumbers?: number[];
	/** What the file looked like, for the screen ("Google Contacts CSV"). */
	format: string;
	/**
	 * What each record is: a spreadsheet's row (the default), or a contact of a vCard or of
	 * the phone, which has no row numbers to show ("Contact 1" instead of "Row 2").
	 */
	unit?: RecordUnit;
};

export type RecordUnit = 'row' | 'contact';

/** What a source's records are called: a spreadsheet's rows, a vCard's (or the phone's) contacts. */
export function recordNoun(unit: RecordUnit | undefined) {
	return unit === 'contact'
		? { one: 'contact', many: 'contacts', Many: 'Contacts' }
		: { one: 'row', many: 'rows', Many: 'Rows' };
}

/** "Row 3" of a spreadsheet, "Contact 2" of a vCard or the phone's contacts. */
export function recordLabel(unit: RecordUnit | undefined, number: number): string {
	return `${unit === 'contact' ? 'Contact' : 'Row'} ${number}`;
}

/** "E-mail 1 - Value" → "e-mail 1 - value": case and spacing do not matter. */
function normalise(header: string): string {
	return header.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Header patterns of the exports people leave with: Google Contacts (the
 * current "First Name"/"E-mail 1 - Value" shape and the older "Given
 * Name"/"Organization 1 - Name" one), Outlook, LinkedIn Connections, Apple
 * and plain spreadsheets, and Rapport's own people export. The first match wins.
 */
const RULES: [RegExp, ImportField][] = [
	// Type and label columns describe the value next to them; they are not values.
	[
		/ - (type|label)$|^e-?mail.*(type|display name)$|sensitivity$|^phonetic|yomi|^name (prefix|suffix)$/,
		'ignore'
	],
	[/^(full name|name|display name|contact name|contact)$/, 'name'],
	[/^(first|given) ?name$|^first$|^given$|^forename$/, 'firstName'],
	[/^(middle|additional) ?name$/, 'middleName'],
	[/^(last|family|sur) ?name$|^last$/, 'lastName'],
	[/^e-?mail|e-?mail( \d+)? address$|^emails?$/, 'emails'],
	// Numbers that reach someone else or no one (Outlook's "Assistant's Phone", "Company Main Phone").
	[/fax|pager|assistant|callback|company main|radio|tty|telex/, 'ignore'],
	[/^(phones?|telephone|tel|mobile|cell)$|phone|^mobile /, 'phones'],
	[
		/^(company|companies|employer|organi[sz]ations?|organi[sz]ations? and communities)$|^organi[sz]ation( \d+)?( - | )name$/,
		'organisations'
	],
	[/^(job title|position|organi[sz]ation( \d+)?( - | )title)$/, 'title'],
	[/^(labels|categories|tags|group membership|groups)$/, 'tags'],
	[/^roles?$/, 'roles'],
	[/^notes?$/, 'notes'],
	[
		/^(url|urls|links?|websites?|web ?page|web ?site|profile url|linkedin)$|^website( \d+)?( - | )value$|web page$/,
		'links'
	],
	[
		/^(location|city|town|country|country\/region)$|^address( \d+)? - (city|country)$|^(home|business|other) (city|country\/region)$/,
		'location'
	],
	[/^(connected on|met on|date met|first met)$/, 'metOn'],
	[/^(met at|event|met at \(event\))$/, 'metEvent'],
	[/^goals?$/, 'goals'],
	[/^interests?$/, 'interests'],
	[/^keep in touch every( \(days\))?$|^cadence/, 'cadenceDays']
];

/** The field a column most likely holds, from its header alone. */
export function guessField(header: string): ImportField {
	const h = normalise(header);
	for (const [pattern, field] of RULES) if (pattern.test(h)) return field;
	return 'ignore';
}

/**
 * Maps every column of a file by its header. Outlook's "Title" is a courtesy
 * title (Mr, Dr) when the file also has "Job Title", so it is ignored then.
 */
export function autoMap(headers: readonly string[]): ColumnMapping {
	const hasJobTitle = headers.some((h) => guessField(h) === 'title');
	return headers.map((header) => {
		if (normalise(header) === 'title') return hasJobTitle ? 'ignore' : 'title';
		return guessField(header);
	});
}

/** Why the mapping cannot be used yet, or undefined when it can. */
export function mappingProblem(mapping: ColumnMapping): string | undefined {
	const has = (f: ImportField) => mapping.includes(f);
	if (!has('name') && !has('firstName') && !has('lastName') && !has('emails')) {
		return 'Choose at least one column for the name (full name, first or last name) or the email.';
	}
	return undefined;
}

/** A short name for the file's shape, from its headers. */
export function describeFormat(headers: readonly string[]): string {
	const set = new Set(headers.map(normalise));
	if (set.has('connected on') && set.has('url')) return 'LinkedIn connections';
	if (set.has('e-mail 1 - value') || set.has('group membership') || set.has('labels'))
		return 'Google Contacts';
	if (set.has('e-mail address') && (set.has('business phone') || set.has('categories')))
		return 'Outlook contacts';
	return 'Spreadsheet';
}
