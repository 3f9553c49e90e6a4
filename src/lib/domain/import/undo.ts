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

/** What an import's undo did, in sentences. */
export function importUndoneMessage(undone: ImportUndone): string[] {
	const done = [
		undone.removed ? plural(undone.removed, 'new person', 'new people') : '',
		undone.organisationsRemoved
			? plural(undone.organisationsRemoved, 'new organisation', 'new organisations')
			: ''
	].filter(Boolean);
	const lines = [];
	if (done.length) lines.push(`${done.join(' and ')} deleted again.`);
	if (undone.restored) {
		lines.push(
			`${undone.restored === 1 ? '1 person merged into has' : `${plural(undone.restored, 'person', 'people')} merged into have`} the details from before the import back.`
		);
	}
	if (lines.length === 0) lines.push('Nothing was left to undo.');
	if (undone.keptPeople) {
		lines.push(
			`${plural(undone.keptPeople, 'new person', 'new people')} kept: logged with, edited or named since the import.`
		);
	}
	if (undone.keptMerged) {
		lines.push(
			`${plural(undone.keptMerged, 'person', 'people')} merged into kept as they are: edited again since the import.`
		);
	}
	return lines;
}
