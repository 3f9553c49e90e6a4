import { Dexie, type Table } from 'dexie';
import type { z } from 'zod/mini';
import type { RecordMeta } from '../domain/common';
import { db, getDbStatus, reopenDb, type RapportDB } from './database';
import {
	isConnectionLost,
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

/**
 * Runs a storage operation and turns any failure into an error a person can act
 * on. When the browser broke the connection, it reopens the database and tries
 * once more: a failed transaction wrote nothing, so running it again is safe.
 */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
	if (getDbStatus().kind === 'outdated') throw new StorageError(OUTDATED_MESSAGE);
	try {
		return await operation();
	} catch (error) {
		// Inside a caller's transaction, only the outermost operation may retry.
		if (!isConnectionLost(error) || Dexie.currentTransaction) throw toStorageError(error);
		try {
			await reopenDb();
			if (getDbStatus().kind === 'outdated') throw new StorageError(OUTDATED_MESSAGE);
			return await operation();
		} catch (retryError) {
			throw toStorageError(retryError);
		}
	}
}

/** Parses with the schema or throws a ValidationError that names every problem. */
export function validate<S extends z.ZodMiniType>(
	schema: S,
	value: unknown,
	what: string
): z.output<S> {
	const result = schema.safeParse(value);
	if (!result.success) throw new ValidationError(result.error, what);
	return result.data;
}

/** Drops keys whose value is undefined, so a patch never clears a field by accident. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
	return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type Hooks<T> = {
	/**
	 * Adjusts a changed record before it is validated and written: `previous` is the stored
	 * record it replaces (a rule that keeps two fields consistent, say).
	 */
	beforeWrite?: (record: T, previous: T) => T;
	/**
	 * Runs inside the same transaction after a record is written or tombstoned;
	 * `previous` is the stored record it replaced (undefined for an add).
	 */
	afterWrite?: (database: RapportDB, record: T, previous: T | undefined) => Promise<void>;
};

/** A field of a record that names other records, which must exist and not be deleted. */
export type Reference<T> = {
	field: string;
	table: 'people' | 'organisations';
	ids: (record: T) => (string | null)[];
	message: string;
};

/**
 * Checks the ids a write adds (not ones already stored, so an old link to a
 * since-deleted person never blocks an unrelated edit).
 */
async function checkReferences<T>(
	database: RapportDB,
	references: Reference<T>[],
	record: T,
	existing: T | undefined,
	what: string
) {
	const problems: Record<string, string> = {};
	for (const ref of references) {
		const before = new Set(existing ? ref.ids(existing) : []);
		const added = ref.ids(record).filter((id): id is string => id !== null && !before.has(id));
		if (added.length === 0) continue;
		const rows = await database.table(ref.table).bulkGet(added);
		if (rows.some((row: { deletedAt: string | null } | undefined) => !row || row.deletedAt)) {
			problems[ref.field] = ref.message;
		}
	}
	if (Object.keys(problems).length) throw new ValidationError(problems, what);
}

/**
 * Create, update, soft-delete, restore and read for one entity table. Every write
 * is validated against the full record schema first and runs in one transaction,
 * so an invalid or failed write leaves the database as it was.
 */
export function repository<T extends RecordMeta, S extends z.ZodMiniType<T>>(options: {
	table: (database: RapportDB) => Table<T, string>;
	/** Extra tables the hooks write to, so they join the same transaction. */
	alsoWrites?: (database: RapportDB) => Table[];
	references?: Reference<T>[];
	schema: S;
	/** Used in messages: "The person could not be saved." */
	what: string;
	hooks?: Hooks<T>;
}) {
	const { table, schema, what, hooks } = options;
	const references = options.references ?? [];
	const tables = (database: RapportDB) => [
		table(database),
		...(options.alsoWrites?.(database) ?? []),
		...new Set(references.map((r) => database.table(r.table)))
	];

	async function write(record: T, database: RapportDB, previous?: T) {
		await table(database).put(record);
		await hooks?.afterWrite?.(database, record, previous);
	}

	async function mutate(
		id: string,
		change: (existing: T, now: string) => unknown,
		checkRefs = false
	): Promise<T> {
		return guarded(() => {
			const database = db();
			return database.transaction('rw', tables(database), async () => {
				const existing = await table(database).get(id);
				if (!existing) throw new RecordNotFoundError(what);
				const now = nowIso();
				const changed = change(existing, now) as T;
				const prepared = hooks?.beforeWrite ? hooks.beforeWrite(changed, existing) : changed;
				const record = validate(schema, prepared, what);
				if (checkRefs) await checkReferences(database, references, record, existing, what);
				await write(record, database, existing);
				return record;
			});
		});
	}

	/** A new, validated record from a draft, not yet written. */
	function build(draft: object, now = nowIso()): T {
		return validate(
			schema,
			{ ...draft, id: newId(), createdAt: now, updatedAt: now, deletedAt: null },
			what
		);
	}

	return {
		build,

		/**
		 * Adds a new record from a draft; returns the stored record. Called inside
		 * another `db().transaction`, it joins that transaction.
		 */
		async add(draft: object): Promise<T> {
			const record = build(draft);
			return guarded(() => {
				const database = db();
				return database
					.transaction('rw', tables(database), async () => {
						await checkReferences(database, references, record, undefined, what);
						await write(record, database);
					})
					.then(() => record);
			});
		},

		/** Applies a partial change; id and createdAt cannot change. */
		update(id: string, patch: Partial<Omit<z.input<S>, keyof RecordMeta>>): Promise<T> {
			return mutate(
				id,
				(existing, now) => {
					if (existing.deletedAt) throw new RecordNotFoundError(what);
					return {
						...existing,
						...definedOnly(patch),
						id,
						createdAt: existing.createdAt,
						deletedAt: null,
						updatedAt: now
					};
				},
				true
			);
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
