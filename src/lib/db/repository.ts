import type { Table } from 'dexie';
import type { z } from 'zod';
import type { RecordMeta } from '../domain/common';
import { db, getDbStatus, type RapportDB } from './database';
import {
	RecordNotFoundError,
	OUTDATED_MESSAGE,
	StorageError,
	toStorageError,
	ValidationError
} from './errors';

export function newId(): string {
	return crypto.randomUUID();
}

export function nowIso(): string {
	return new Date().toISOString();
}

/** Runs a storage operation and turns any failure into an error a person can act on. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
	if (getDbStatus().kind === 'outdated') throw new StorageError(OUTDATED_MESSAGE);
	try {
		return await operation();
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Parses with the schema or throws a ValidationError that names every problem. */
export function validate<S extends z.ZodType>(
	schema: S,
	value: unknown,
	what: string
): z.output<S> {
	const result = schema.safeParse(value);
	if (!result.success) throw new ValidationError(result.error, what);
	return result.data;
}

type Hooks<T> = {
	/** Runs inside the same transaction after a record is written or tombstoned. */
	afterWrite?: (database: RapportDB, record: T) => Promise<void>;
};

/**
 * Create, update, soft-delete, restore and read for one entity table. Every write
 * is validated against the full record schema first and runs in one transaction,
 * so an invalid or failed write leaves the database as it was.
 */
export function repository<T extends RecordMeta, S extends z.ZodType<T>>(options: {
	table: (database: RapportDB) => Table<T, string>;
	/** Extra tables the hooks write to, so they join the same transaction. */
	alsoWrites?: (database: RapportDB) => Table[];
	schema: S;
	/** Used in messages: "The person was not saved." */
	what: string;
	hooks?: Hooks<T>;
}) {
	const { table, schema, what, hooks } = options;
	const tables = (database: RapportDB) => [
		table(database),
		...(options.alsoWrites?.(database) ?? [])
	];

	async function write(record: T, database: RapportDB) {
		await table(database).put(record);
		await hooks?.afterWrite?.(database, record);
	}

	async function mutate(id: string, change: (existing: T, now: string) => unknown): Promise<T> {
		return guarded(() => {
			const database = db();
			return database.transaction('rw', tables(database), async () => {
				const existing = await table(database).get(id);
				if (!existing) throw new RecordNotFoundError(what);
				const now = nowIso();
				const record = validate(schema, change(existing, now), what);
				await write(record, database);
				return record;
			});
		});
	}

	return {
		/**
		 * Adds a new record from a draft; returns the stored record. Called inside
		 * another `db().transaction`, it joins that transaction.
		 */
		async add(draft: object): Promise<T> {
			const now = nowIso();
			const record = validate(
				schema,
				{ ...draft, id: newId(), createdAt: now, updatedAt: now, deletedAt: null },
				what
			);
			return guarded(() => {
				const database = db();
				return database
					.transaction('rw', tables(database), () => write(record, database))
					.then(() => record);
			});
		},

		/** Applies a partial change; id and createdAt cannot change. */
		update(id: string, patch: Partial<Omit<z.input<S>, keyof RecordMeta>>): Promise<T> {
			return mutate(id, (existing, now) => {
				if (existing.deletedAt) throw new RecordNotFoundError(what);
				return {
					...existing,
					...patch,
					id,
					createdAt: existing.createdAt,
					deletedAt: null,
					updatedAt: now
				};
			});
		},

		/** Soft delete: the record is kept as a tombstone so undo (and later sync) work. */
		remove(id: string): Promise<T> {
			return mutate(id, (existing, now) => ({ ...existing, deletedAt: now, updatedAt: now }));
		},

		/** Undo a soft delete. */
		restore(id: string): Promise<T> {
			return mutate(id, (existing, now) => ({ ...existing, deletedAt: null, updatedAt: now }));
		},

		/** The record, tombstoned or not; undefined when there never was one. */
		get(id: string): Promise<T | undefined> {
			return guarded(() => table(db()).get(id));
		},

		/** Every record that is not deleted. */
		list(): Promise<T[]> {
			return guarded(() =>
				table(db())
					.filter((r) => r.deletedAt === null)
					.toArray()
			);
		}
	};
}
