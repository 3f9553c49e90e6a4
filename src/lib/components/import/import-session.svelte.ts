import { importPeople, loadPeopleForImport, type ImportResult } from '$lib/db/import-people';
import { undoImport } from '$lib/db/import-undo';
import type { PickedContact } from '$lib/domain/import/contact-picker';
import { pickedToTable } from '$lib/domain/import/contact-picker';
import { ImportFileError, readCsv } from '$lib/domain/import/csv-read';
import {
	autoMap,
	mappingProblem,
	type ColumnMapping,
	type SourceTable
} from '$lib/domain/import/fields';
import {
	planImport,
	type DuplicatePolicy,
	type ExistingPerson,
	type ImportPlan
} from '$lib/domain/import/plan';
import type { ImportUndone } from '$lib/domain/import/undo';
import { readVcard } from '$lib/domain/import/vcard';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Step = 'choose' | 'review' | 'importing' | 'done' | 'undoing' | 'undone';

/**
 * Text of a chosen file. Exports are UTF-8 almost always; older Outlook and
 * Excel on Windows write Windows-1252, which is tried when UTF-8 does not fit;
 * Excel's "Unicode text" is UTF-16, known by its byte-order mark.
 */
async function fileText(file: File): Promise<string> {
	const bytes = await file.arrayBuffer();
	const [a, b] = new Uint8Array(bytes.slice(0, 2));
	if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** One import, from the chosen file to the result. Plain fields hold big data (never proxied). */
export class ImportSession {
	step = $state<Step>('choose');
	fileName = $state('');
	source = $state.raw<SourceTable | undefined>();
	mapping = $state<ColumnMapping>([]);
	policy = $state<DuplicatePolicy>('skip');
	plan = $state.raw<ImportPlan | undefined>();
	planning = $state(false);
	progress = $state({ done: 0, total: 0 });
	error = $state('');
	result = $state.raw<(ImportResult & { skipped: number; errors: number }) | undefined>();
	undone = $state.raw<ImportUndone | undefined>();

	#existing: ExistingPerson[] = [];
	#generation = 0;
	/** Contacts chosen on the phone, not a file: kept with the last import without a file name. */
	#fromPhone = false;

	readonly mappingProblem = $derived(mappingProblem(this.mapping));

	async chooseFile(file: File) {
		this.error = '';
		if (file.size > MAX_FILE_BYTES) {
			this.error = `That file is ${Math.round(file.size / 1024 / 1024)} MB; Rapport imports files up to 20 MB. Split it and import the parts one after another.`;
			return;
		}
		// Reading a big file takes a moment: say so, and hide the last import's undo meanwhile.
		this.planning = true;
		try {
			const text = await fileText(file);
			const isVcard = /\.(vcf|vcard)$/i.test(file.name) || /^\s*BEGIN:VCARD/i.test(text);
			const table = isVcard ? readVcard(text) : await readCsv(text);
			await this.#start(table, file.name, false);
		} catch (error) {
			this.#fail(error);
		}
	}

	async choosePicked(contacts: PickedContact[]) {
		this.error = '';
		if (contacts.length === 0) return;
		try {
			await this.#start(pickedToTable(contacts), 'Contacts from this phone', true);
		} catch (error) {
			this.#fail(error);
		}
	}

	/** Plans again after the mapping or the duplicate choice changed. */
	async replan() {
		if (!this.source) return;
		const generation = ++this.#generation;
		if (this.mappingProblem) {
			this.plan = undefined;
			this.planning = false;
			return;
		}
		this.planning = true;
		this.progress = { done: 0, total: this.source.rows.length };
		const plan = await planImport(
			this.source,
			$state.snapshot(this.mapping),
			this.#existing,
			this.policy,
			(done, total) => {
				if (generation === this.#generation) this.progress = { done, total };
			}
		);
		// A newer mapping was chosen while this one was planned: its plan wins.
		if (generation !== this.#generation) return;
		this.plan = plan;
		this.planning = false;
	}

	async run() {
		const plan = this.plan;
		if (!plan || this.planning) return;
		this.step = 'importing';
		this.error = '';
		this.progress = { done: 0, total: plan.creates.length + plan.merges.length };
		try {
			const written = await importPeople(plan, {
				source: this.#fromPhone ? '' : this.fileName,
				onProgress: (done, total) => {
					this.progress = { done, total };
				}
			});
			this.result = { ...written, skipped: plan.counts.skip, errors: plan.counts.error };
			this.step = 'done';
		} catch (error) {
			// Nothing was written (one transaction): back to the review, with the reason.
			this.error = `Nothing was imported. ${error instanceof Error ? error.message : String(error)}`;
			this.step = 'review';
		}
	}

	/**
	 * Undoes the import written at `at`: the one just done (on its result), or the last one kept
	 * (before a file is chosen), as far as nothing done since depends on it.
	 */
	async undo(at: string) {
		const from = this.step;
		if (from !== 'done' && from !== 'choose') return;
		this.step = 'undoing';
		this.error = '';
		try {
			this.undone = await undoImport(at);
			this.step = 'undone';
		} catch (error) {
			// Nothing was undone (one transaction): back where it was, with the reason.
			this.error = `Nothing was undone. ${error instanceof Error ? error.message : String(error)}`;
			this.step = from;
		}
	}

	reset() {
		this.#generation++;
		this.step = 'choose';
		this.fileName = '';
		this.source = undefined;
		this.mapping = [];
		this.plan = undefined;
		this.planning = false;
		this.result = undefined;
		this.undone = undefined;
		this.error = '';
	}

	async #start(table: SourceTable, name: string, fromPhone: boolean) {
		this.#existing = await loadPeopleForImport();
		this.#fromPhone = fromPhone;
		this.source = table;
		this.fileName = name;
		this.mapping = autoMap(table.headers);
		this.plan = undefined;
		this.step = 'review';
		await this.replan();
	}

	#fail(error: unknown) {
		this.planning = false;
		this.error =
			error instanceof ImportFileError || error instanceof Error
				? error.message
				: 'The file could not be read.';
	}
}
