import { dayOfTimestamp, formatDay } from '../days';
import type { Person } from '../person';
import { plural } from '../plural';

/** What an import wrote, for its undo (db/import-undo.ts). */
export type ImportReceipt = {
	/** The write time of every record the import created or changed. */
	at: string;
	createdPeople: string[];
	createdOrganisations: string[];
	/** Each person merged into: as they were before, and as the import wrote them. */
	merged: { before: Person; written: Person }[];
};

export const LAST_IMPORT_ID = 'last';

/**
 * The last import, kept (one row) so it can be undone after leaving its result: until it is
 * undone, another import replaces it, or a restore, the sample data or an erase replaces the
 * data it wrote into.
 */
export type LastImport = {
	id: typeof LAST_IMPORT_ID;
	/** The file's name, or where the contacts came from. */
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
	const from = last.source ? `“${last.source}”, imported` : 'Imported';
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
