import { describe, expect, it } from 'vitest';
import {
	backupReminderDue,
	backupStatusSchema,
	formatBytes,
	hasRealData,
	shouldAskPersist
} from '../../src/lib/domain/backup/status';

const now = new Date('2026-05-20T12:00:00.000Z');
const status = (over: object = {}) => backupStatusSchema.parse(over);

describe('backup reminder', () => {
	it('shows when storage is not persisted and there is real data but no recent backup', () => {
		const base = { persisted: false, hasRealData: true, now };
		expect(backupReminderDue({ ...base, status: status() })).toBe(true);
		expect(
			backupReminderDue({ ...base, status: status({ lastBackupAt: '2026-05-12T11:00:00.000Z' }) })
		).toBe(true);
		expect(
			backupReminderDue({ ...base, status: status({ lastBackupAt: '2026-05-14T12:00:00.000Z' }) })
		).toBe(false);
		expect(backupReminderDue({ ...base, persisted: undefined, status: status() })).toBe(true);
	});

	it('stays away when storage is persisted, there is nothing to lose, or it was dismissed', () => {
		expect(backupReminderDue({ persisted: true, hasRealData: true, now, status: status() })).toBe(
			false
		);
		expect(backupReminderDue({ persisted: false, hasRealData: false, now, status: status() })).toBe(
			false
		);
		const dismissed = status({ reminderDismissedAt: '2026-05-18T00:00:00.000Z' });
		expect(backupReminderDue({ persisted: false, hasRealData: true, now, status: dismissed })).toBe(
			false
		);
		const longAgo = status({ reminderDismissedAt: '2026-05-01T00:00:00.000Z' });
		expect(backupReminderDue({ persisted: false, hasRealData: true, now, status: longAgo })).toBe(
			true
		);
	});

	it('asks the browser to persist at most weekly, only when it is not persisted yet', () => {
		const base = { hasRealData: true, now };
		expect(shouldAskPersist({ ...base, persisted: false, status: status() })).toBe(true);
		expect(shouldAskPersist({ ...base, persisted: true, status: status() })).toBe(false);
		expect(shouldAskPersist({ ...base, persisted: undefined, status: status() })).toBe(false);
		expect(
			shouldAskPersist({
				...base,
				persisted: false,
				status: status({ persistAskedAt: '2026-05-19T00:00:00.000Z' })
			})
		).toBe(false);
	});

	it('counts the untouched sample as nothing to back up', () => {
		expect(hasRealData(true, 'sample')).toBe(false);
		expect(hasRealData(true, 'empty')).toBe(true);
		expect(hasRealData(false, 'empty')).toBe(false);
		expect(hasRealData(true, null)).toBe(true);
	});

	it('refuses a damaged stored status', () => {
		expect(backupStatusSchema.safeParse({ lastBackupAt: 'yesterday' }).success).toBe(false);
		expect(backupStatusSchema.safeParse({ extra: 1 }).success).toBe(false);
	});

	it('formats sizes', () => {
		expect(formatBytes(0)).toBe('0 bytes');
		expect(formatBytes(1536)).toBe('1.5 KB');
		expect(formatBytes(81 * 1024 * 1024)).toBe('81 MB');
		expect(formatBytes(2.5 * 1024 ** 3)).toBe('2.5 GB');
	});
});
