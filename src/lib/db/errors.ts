import type { z } from 'zod/mini';
import { describeErrors, fieldErrors, type FieldErrors } from '../domain/validation';

/** A record failed validation; nothing was written. `fields` maps paths to messages. */
export class ValidationError extends Error {
	readonly fields: FieldErrors;
	constructor(error: z.core.$ZodError | FieldErrors, what: string) {
		const zod = 'issues' in error && Array.isArray(error.issues);
		const fields = zod ? fieldErrors(error as z.core.$ZodError) : (error as FieldErrors);
		const detail = zod
			? describeErrors(error as z.core.$ZodError)
			: Object.values(fields).join(' ');
		super(`${what} could not be saved. ${detail}`);
		this.name = 'ValidationError';
		this.fields = fields;
	}
}

export class RecordNotFoundError extends Error {
	constructor(what: string) {
		super(`${what} no longer exists. It may have been deleted in another tab.`);
		this.name = 'RecordNotFoundError';
	}
}

/** An action refused as asked (nothing to put off, a person merged with themselves): the message says why. */
export class RefusedError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RefusedError';
	}
}

/** Storage failed for a reason outside the record: the message says what to do. */
export class StorageError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'StorageError';
	}
}

export const OUTDATED_MESSAGE =
	'Rapport was updated in another tab. Reload this tab to continue; nothing was saved here.';

export const CONNECTION_LOST_MESSAGE =
	'Rapport lost its connection to this device’s storage (browsers do this after an app has been in the background). Nothing was saved. Try again; what you typed is still here. If it keeps failing, reload Rapport.';

/**
 * The browser closed or broke the database connection: Dexie's DatabaseClosedError,
 * IndexedDB's InvalidStateError on a closing connection, or Safari's UnknownError
 * "Connection to Indexed Database server lost". Reopening fixes these.
 */
export function isConnectionLost(error: unknown): boolean {
	const e = error as {
		name?: string;
		message?: string;
		inner?: { name?: string; message?: string };
	};
	if (!e || typeof e !== 'object') return false;
	// Storage that never opened (private mode, no IndexedDB) is not fixed by reopening.
	if (e.name === 'OpenFailedError' || e.name === 'MissingAPIError') return false;
	const names = [e.name, e.inner?.name];
	if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) return true;
	const text = `${e.message ?? ''} ${e.inner?.message ?? ''}`;
	return /connection[^.]*\blost\b|database connection is clos/i.test(text);
}

/** Maps IndexedDB/Dexie failures to a sentence a person can act on. */
export function toStorageError(error: unknown): Error {
	const ours = (e: unknown): e is Error =>
		e instanceof ValidationError ||
		e instanceof RecordNotFoundError ||
		e instanceof StorageError ||
		e instanceof RefusedError;
	if (ours(error)) return error;
	// Dexie may wrap an error thrown inside a transaction; keep ours intact.
	const wrapped = (error as { inner?: unknown } | null)?.inner;
	if (ours(wrapped)) return wrapped;
	const name = error instanceof Error ? error.name : '';
	const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
		return new StorageError(
			'Your device is out of storage space for Rapport. Free some space, then try again; what you typed is still here.',
			{ cause: error }
		);
	}
	if (name === 'VersionError') {
		return new StorageError(OUTDATED_MESSAGE, { cause: error });
	}
	if (isConnectionLost(error)) {
		return new StorageError(CONNECTION_LOST_MESSAGE, { cause: error });
	}
	if (name === 'MissingAPIError' || name === 'OpenFailedError') {
		return new StorageError(
			'This browser is not letting Rapport store data (private mode or blocked storage). Nothing can be saved here.',
			{ cause: error }
		);
	}
	const detail = error instanceof Error ? error.message : String(error);
	return new StorageError(`Saving failed: ${detail}. Try again; what you typed is still here.`, {
		cause: error
	});
}
