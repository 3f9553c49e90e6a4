import { plural } from '../plural';

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
