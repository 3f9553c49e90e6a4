import { dayOfTimestamp, formatDay } from '../days';
import { sameValue } from '../merge';
import type { Person } from '../person';
import { plural } from '../plural';

/** A person's fields that say what they are: all but the write times. */
export type PersonDetails = Omit<Person, 'createdAt' | 'updatedAt'>;

/** What an import changed in a person merged into: the fields it changed, before and after. */
export type MergedChange = {
	id: string;
	before: Partial<PersonDetails>;
	written: Partial<PersonDetails>;
};

/** What an import wrote, for its undo (db/import-undo.ts). */
export type ImportReceipt = {
	/** The write time of every record the import created or changed. */
	at: string;
	createdPeople: string[];
	createdOrganisations: string[];
	/** Each person merged into: only the fields the import changed, so the receipt stays small. */
	merged: MergedChange[];
};

/** The fields a write changed in a person, before and after (write times left out). */
export function mergedChange(before: Person, written: Person): MergedChange {
	const change: MergedChange = { id: written.id, before: {}, written: {} };
	const keys = new Set([...Object.keys(before), ...Object.keys(written)]);
	for (const key of keys as Set<keyof PersonDetails>) {
		if ((key as string) === 'createdAt' || (key as string) === 'updatedAt') continue;
		if (sameValue(before[key], written[key])) continue;
		(change.before as Record<string, unknown>)[key] = before[key];
		(change.written as Record<string, unknown>)[key] = written[key];
	}
	return change;
}

export const LAST_IMPORT_ID = 'last';

/**
 * The last import, kept (one row) so it can be undone after leaving its result: until it is
 * undone, another import replaces it, or a restore, the sample data or an erase replaces the
 * data it wrote into.
 */
export type LastImport = {
	id: typeof LAST_IMPORT_ID;
	/** The file's name, or '' for contacts chosen on this phone. */
	source: string;
	created: number;
	merged: number;
	organisationsCreated: number;
	receipt: ImportReceipt;
};

/** One line on the last import: where from, when, and what it wrote. */
export function lastImportLine(last: LastImport, locale?: string): string {
	const wrote = [
		plural(last.created, 'new person', 'new people'),
		last.merged ? `merged into ${plural(last.merged, 'person', 'people')}` : '',
		last.organisationsCreated
			? plural(last.organisationsCreated, 'organisation', 'organisations') + ' added'
			: ''
	].filter(Boolean);
	const from = last.source ? `“${last.source}”, imported` : 'Contacts from this phone, imported';
	return `${from} ${formatDay(dayOfTimestamp(last.receipt.at), locale)}: ${wrote.join(', ')}.`;
}

/** Why an undo was refused: its import is no longer the one kept. */
export const IMPORT_UNDO_GONE =
	'That import can no longer be undone: it was undone already, or another import or a restore came after it.';

/** What undoing an import did (db/import-undo.ts). */
export type ImportUndone = {
	/** New people deleted again. */
	removed: number;
	/** People merged into, given back the details they had before. */
	restored: number;
	/** New people kept: edited, logged with or named since the import. */
	keptPeople: number;
	/** People merged into whose details were all changed again since: left as they are. */
	keptMerged: number;
	organisationsRemoved: number;
};

/** What an import's undo did: a heading, then a sentence for each kind of thing. */
export function importUndoneMessage(undone: ImportUndone): { heading: string; lines: string[] } {
	const deleted = [
		undone.removed ? plural(undone.removed, 'person', 'people') : '',
		undone.organisationsRemoved
			? plural(undone.organisationsRemoved, 'organisation', 'organisations')
			: ''
	].filter(Boolean);
	const lines = [];
	if (deleted.length) lines.push(`Deleted: the ${deleted.join(' and ')} it added.`);
	if (undone.restored) {
		lines.push(
			`Taken out again: what it added to ${plural(undone.restored, 'person', 'people')} already here.`
		);
	}
	const undid = lines.length > 0;
	if (undone.keptPeople) {
		lines.push(
			`Kept: ${plural(undone.keptPeople, 'person', 'people')} it added whom you have since logged with, edited, or added to a lead, a give or receive, an introduction, a template or a saved view.`
		);
	}
	if (undone.keptMerged) {
		lines.push(
			`Kept as ${undone.keptMerged === 1 ? 'is' : 'they are'}: what it added to ${plural(undone.keptMerged, 'person', 'people')} already here, edited since.`
		);
	}
	return {
		heading: undid
			? 'Import undone.'
			: 'Nothing was undone: everything it added has changed since.',
		lines
	};
}
