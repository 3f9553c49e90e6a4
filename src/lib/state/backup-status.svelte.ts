import {
	backupReminderDue,
	backupStatusSchema,
	shouldAskPersist,
	type BackupStatus
} from '$lib/domain/backup/status';
import { downloadText } from '$lib/pwa/download';
import { loadDraft, saveDraft } from './draft-storage';

const KEY = 'rapport.backup-status';

type Estimate = { usage: number; quota: number };

/**
 * Whether this device's copy is safe: persistent storage, how much of the quota
 * Rapport uses, and when this device last made a backup (kept in localStorage,
 * validated on read). Feature-detected: browsers without the Storage API report
 * "unknown", never an error.
 */
class BackupState {
	#status = $state.raw<BackupStatus>(backupStatusSchema.parse({}));
	#persisted = $state<boolean | undefined>(undefined);
	#estimate = $state.raw<Estimate | undefined>(undefined);

	constructor() {
		if (typeof window === 'undefined') return;
		this.#status = loadDraft(KEY, backupStatusSchema) ?? backupStatusSchema.parse({});
		void this.refresh();
	}

	get status(): BackupStatus {
		return this.#status;
	}

	/** true or false once the browser answered; undefined where it cannot say. */
	get persisted(): boolean | undefined {
		return this.#persisted;
	}

	get estimate(): Estimate | undefined {
		return this.#estimate;
	}

	get supported(): boolean {
		return typeof navigator !== 'undefined' && typeof navigator.storage?.persisted === 'function';
	}

	#save(patch: Partial<BackupStatus>) {
		this.#status = { ...this.#status, ...patch };
		saveDraft(KEY, this.#status);
	}

	async refresh(): Promise<void> {
		if (!this.supported) return;
		try {
			this.#persisted = await navigator.storage.persisted();
			const { usage, quota } = await navigator.storage.estimate();
			if (usage !== undefined && quota !== undefined) this.#estimate = { usage, quota };
		} catch {
			// Some embedded browsers expose the API but refuse it: show "unknown".
		}
	}

	reminderDue(hasRealData: boolean, now = new Date()): boolean {
		return backupReminderDue({ status: this.status, persisted: this.persisted, hasRealData, now });
	}

	dismissReminder(now = new Date()) {
		this.#save({ reminderDismissedAt: now.toISOString() });
	}

	/** Asks the browser to keep Rapport's data; returns whether it now will. */
	async askPersist(now = new Date()): Promise<boolean | undefined> {
		if (typeof navigator.storage?.persist !== 'function') return undefined;
		this.#save({ persistAskedAt: now.toISOString() });
		try {
			this.#persisted = await navigator.storage.persist();
		} catch {
			return undefined;
		}
		await this.refresh();
		return this.#persisted;
	}

	/** Once there is real data, and at most weekly (Firefox asks the person each time). */
	maybeAskPersist(hasRealData: boolean, now = new Date()) {
		if (shouldAskPersist({ status: this.status, persisted: this.persisted, hasRealData, now })) {
			void this.askPersist(now);
		}
	}

	/** Exports everything and hands the file to the browser's download; returns its name. */
	async backUpNow(): Promise<string> {
		// Loaded on demand: Today shows the reminder without carrying the exporter.
		const { exportBackup } = await import('$lib/db/backup');
		const file = await exportBackup();
		downloadText(file.filename, file.text, 'application/json');
		this.#save({ lastBackupAt: file.exportedAt });
		void this.refresh();
		return file.filename;
	}
}

export const backupState = new BackupState();
