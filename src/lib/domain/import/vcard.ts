import ICAL from 'ical.js';
import { ImportFileError, MAX_IMPORT_ROWS } from './csv-read';
import type { SourceTable } from './fields';
import { normaliseVcardText } from './vcard-legacy';

/** Columns a vCard becomes; their headers map themselves on the mapping screen. */
export const VCARD_HEADERS = [
	'Name',
	'First name',
	'Last name',
	'Email',
	'Phone',
	'Organisation',
	'Title',
	'Tags',
	'Notes',
	'Link',
	'Location'
];

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

const SEPARATOR = ' ::: ';

function texts(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(texts);
	return typeof value === 'string' ? [value] : [];
}

function values(card: JCalComponent, name: string): unknown[] {
	return card[1].filter((p) => p[0] === name).flatMap((p) => p.slice(3));
}

/**
 * Each whole value of a plain text property (FN, TITLE, NOTE). ical.js reads a vCard 3.0
 * NOTE as a list split at commas (which 2.1 cards, converted to 3.0, never escape): the
 * parts are joined back. It also leaves "\;" escaped, which RFC 6350 asks writers to do.
 */
function wholeTexts(card: JCalComponent, name: string): string[] {
	return card[1]
		.filter((p) => p[0] === name)
		.map((p) => texts(p.slice(3)).join(',').replace(/\\;/g, ';').trim())
		.filter(Boolean);
}

const one = (card: JCalComponent, name: string) => wholeTexts(card, name)[0] ?? '';

function many(card: JCalComponent, name: string): string[] {
	return values(card, name)
		.flatMap(texts)
		.map((v) => v.trim())
		.filter(Boolean);
}

/** One row per card, in the order of VCARD_HEADERS. */
function cardToRow(card: JCalComponent): string[] {
	const n = values(card, 'n')[0];
	const [family = '', given = ''] = Array.isArray(n) ? n.map((p) => texts(p).join(' ')) : [];
	// ORG is "Company;Department": the company is the first part.
	const organisations = values(card, 'org')
		.map((o) => (Array.isArray(o) ? texts(o[0]) : texts(o)).join(' ').trim())
		.filter(Boolean);
	const phones = many(card, 'tel').map((t) => t.replace(/^tel:/i, ''));
	const places = values(card, 'adr').flatMap((a) => {
		if (!Array.isArray(a)) return [];
		// Structured address: …; locality (3); region (4); postal code (5); country (6).
		return [texts(a[3]).join(' '), texts(a[6]).join(' ')].filter(Boolean);
	});
	return [
		one(card, 'fn'),
		given,
		family,
		many(card, 'email').join(SEPARATOR),
		phones.join(SEPARATOR),
		organisations.join(SEPARATOR),
		one(card, 'title'),
		many(card, 'categories').join(SEPARATOR),
		wholeTexts(card, 'note').join('\n\n'),
		many(card, 'url').join(SEPARATOR),
		[...new Set(places)].join(', ')
	];
}

/**
 * Reads a .vcf file of one or many cards (vCard 2.1, 3.0 or 4.0, as phones
 * export them) with ical.js, into the same table a spreadsheet gives.
 */
export function readVcard(text: string): SourceTable {
	if (!/BEGIN:VCARD/i.test(text)) {
		throw new ImportFileError('This is not a vCard file: it has no BEGIN:VCARD.');
	}
	let parsed: unknown;
	try {
		parsed = ICAL.parse(normaliseVcardText(text));
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		// ical.js says what broke in its own words; the person needs what to do.
		throw new ImportFileError(
			/began but did not end/i.test(detail)
				? 'This vCard file is cut short: a contact card starts but never ends. Export it again from your phone or address book.'
				: 'This vCard file is damaged and could not be read. Export it again from your phone or address book.'
		);
	}
	const components = (
		Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed
	) as JCalComponent[];
	const cards = components.filter((c) => Array.isArray(c) && c[0] === 'vcard');
	if (cards.length === 0) throw new ImportFileError('The file has no contact cards.');
	if (cards.length > MAX_IMPORT_ROWS) {
		throw new ImportFileError(
			`The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} cards. Split it and import the parts one after another.`
		);
	}
	return {
		headers: [...VCARD_HEADERS],
		rows: cards.map(cardToRow),
		format: 'vCard contacts',
		unit: 'contact'
	};
}
