import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../src/lib/db/backup';
import { db } from '../../src/lib/db/database';
import { isConnectionLost, toStorageError } from '../../src/lib/db/errors';
import { addPerson, listPeople } from '../../src/lib/db/repositories/people';
import { personDraft } from './factories';

const LOST = 'Connection to Indexed Database server lost. Refresh the page to try again';

/**
 * Breaks the current IndexedDB connection the way iOS Safari does after the app
 * was in the background: every new transaction on it fails, while a fresh
 * connection works.
 */
/**
 * Installs a connection that the browser can later break the way iOS Safari
 * does after the app was in the background: every new transaction on it fails
 * with "connection lost", while a fresh connection works. (Dexie binds the
 * connection's methods when it opens, so the stand-in goes in first.)
 */
async function breakableConnection() {
	const proto = globalThis.IDBDatabase.prototype;
	const original = proto.transaction;
	let broken: IDBDatabase | 'all' | undefined;
	let failures = 0;
	const spy = vi.spyOn(proto, 'transaction').mockImplementation(function (
		this: IDBDatabase,
		...args: Parameters<IDBDatabase['transaction']>
	) {
		if (broken === 'all' || this === broken) {
			failures++;
			throw new DOMException(LOST, 'UnknownError');
		}
		return original.apply(this, args);
	});
	await db().open();
	return {
		break: () => (broken = db().backendDB()),
		breakEvery: () => (broken = 'all'),
		failures: () => failures,
		restore: () => spy.mockRestore()
	};
}

describe('failed writes', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('reopens a connection the browser broke and saves on the same try', async () => {
		const connection = await breakableConnection();
		await addPerson(personDraft({ name: 'Before' }));
		const first = connection.break();
		const saved = await addPerson(personDraft({ name: 'After backgrounding' }));
		expect(connection.failures()).toBe(1);
		expect(db().backendDB()).not.toBe(first);
		expect(saved.name).toBe('After backgrounding');
		expect((await listPeople()).map((p) => p.name).sort()).toEqual([
			'After backgrounding',
			'Before'
		]);
		connection.restore();
	});

	it('reopens a database that was closed under it, then writes', async () => {
		await addPerson(personDraft({ name: 'Before' }));
		db().close(); // closed for good (no auto-open), as after a browser-initiated close
		await addPerson(personDraft({ name: 'After close' }));
		expect(await listPeople()).toHaveLength(2);
	});

	it('when the retry fails too, says what happened and the next try recovers', async () => {
		const connection = await breakableConnection();
		await addPerson(personDraft({ name: 'Before' }));
		connection.breakEvery();
		await expect(addPerson(personDraft({ name: 'Lost' }))).rejects.toThrow(
			/lost its connection.*what you typed is still here/
		);
		expect(connection.failures()).toBeGreaterThanOrEqual(2);
		connection.restore();
		await addPerson(personDraft({ name: 'Next try' }));
		expect((await listPeople()).map((p) => p.name).sort()).toEqual(['Before', 'Next try']);
	});

	it('a full disk gets a clear message, writes nothing, and the next try saves', async () => {
		await addPerson(personDraft({ name: 'Before' }));
		const spy = vi
			.spyOn(db().people, 'put')
			.mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
		await expect(addPerson(personDraft({ name: 'Too big' }))).rejects.toThrow(
			/out of storage space.*what you typed is still here/
		);
		expect(await listPeople()).toHaveLength(1);
		// Export (a read) still works while writes fail.
		const { text } = await exportBackup();
		expect(JSON.parse(text).people).toHaveLength(1);
		spy.mockRestore();
		await addPerson(personDraft({ name: 'Too big' }));
		expect(await listPeople()).toHaveLength(2);
	});

	it('tells a lost connection from storage that never opened', () => {
		expect(isConnectionLost(new DOMException(LOST, 'UnknownError'))).toBe(true);
		expect(isConnectionLost({ name: 'DatabaseClosedError', message: '' })).toBe(true);
		expect(isConnectionLost(new DOMException('closing', 'InvalidStateError'))).toBe(true);
		expect(
			isConnectionLost({ name: 'OpenFailedError', inner: { name: 'InvalidStateError' } })
		).toBe(false);
		expect(isConnectionLost(new DOMException('x', 'QuotaExceededError'))).toBe(false);
		expect(
			toStorageError(Object.assign(new Error('x'), { name: 'OpenFailedError' })).message
		).toMatch(/not letting Rapport store data/);
	});
});
