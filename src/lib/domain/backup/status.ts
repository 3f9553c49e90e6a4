import { lazily, z } from '../zod';
import { orNull, timestampSchema } from '../common';

/**
 * What this device remembers about backups (kept in localStorage, not in the
 * database: it describes this browser, and restoring a backup must not change
 * when this device last made one).
 */
export const backupStatusSchema = lazily(() =>
	z.strictObject({
		lastBackupAt: orNull(timestampSchema),
		reminderDismissedAt: orNull(timestampSchema),
		persistAskedAt: orNull(timestampSchema)
	})
);
export type BackupStatus = z.output<typeof backupStatusSchema>;

export const BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

function olderThan(at: string | null, days: number, now: Date): boolean {
	return at === null || now.getTime() - Date.parse(at) > days * DAY_MS;
}

/**
 * Today shows a backup reminder when the browser may evict the data (storage
 * not persisted, or unknown), there is real data to lose, the last backup is
 * more than a week old (or there never was one), and it was not dismissed in
 * the last week.
 */
export function backupReminderDue(input: {
	status: BackupStatus;
	persisted: boolean | undefined;
	hasRealData: boolean;
	now: Date;
}): boolean {
	const { status, persisted, hasRealData, now } = input;
	if (persisted === true || !hasRealData) return false;
	return (
		olderThan(status.lastBackupAt, BACKUP_REMINDER_DAYS, now) &&
		olderThan(status.reminderDismissedAt, BACKUP_REMINDER_DAYS, now)
	);
}

/** Ask the browser to keep our data at most once a week: Firefox asks the person each time. */
export function shouldAskPersist(input: {
	status: BackupStatus;
	persisted: boolean | undefined;
	hasRealData: boolean;
	now: Date;
}): boolean {
	const { status, persisted, hasRealData, now } = input;
	return persisted === false && hasRealData && olderThan(status.persistAskedAt, 7, now);
}

/**
 * Data the person entered, as opposed to the untouched sample network: someone
 * who explores the sample is not nagged to back it up.
 */
export function hasRealData(hasPeople: boolean, startedWith: 'sample' | 'empty' | null): boolean {
	return hasPeople && startedWith !== 'sample';
}

/** "1.2 MB", "340 KB". */
export function formatBytes(bytes: number): string {
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${value.toLocaleString('en', { maximumFractionDigits: digits })} ${units[unit]}`;
}
