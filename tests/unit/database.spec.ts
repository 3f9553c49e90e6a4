import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { getDbStatus, onDbStatus, RapportDB, SCHEMA_V1 } from '../../src/lib/db/database';
import { addPerson, listPeople } from '../../src/lib/db/repositories/people';
import { interactionDraft, personDraft } from './factories';

describe('database', () => {
	it('declares the indexes later screens rely on', async () => {
		const database = new RapportDB('schema-check');
		await database.open();
		const indexes = (table: string) =>
			database
				.table(table)
				.schema.indexes.map((i) => i.name)
				.sort();
		expect(indexes('people')).toEqual([
			'connection',
			'createdAt',
			'introducedById',
			'name',
			'organisationIds',
			'roles',
			'tags',
			'updatedAt'
		]);
		expect(indexes('interactionPeople')).toContain('[personId+date]');
		expect(indexes('exchanges')).toContain('[personId+date]');
		expect(indexes('leads')).toEqual(
			expect.arrayContaining(['status', 'channel', '[referrerId+firstContactOn]', 'firstContactOn'])
		);
		expect(indexes('lastContacts')).toEqual([]);
		expect(indexes('openFollowUps')).toEqual([]);
		expect(indexes('personDue')).toEqual(['dueOn']);
		expect(database.table('lastContacts').schema.primKey.name).toBe('personId');
		expect(database.verno).toBe(2);
		database.close();
	});

	it('upgrades a version 1 database: the derived stores are filled from its records', async () => {
		const old = new Dexie('upgrade-check');
		old.version(1).stores(SCHEMA_V1);
		const meta = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
		const interaction = (id: string, personIds: string[], date: string, more = {}) => ({
			...interactionDraft(personIds, { date }),
			...meta,
			id,
			followUpOn: null,
			followUpDone: false,
			deletedAt: null,
			...more
		});
		await old.table('people').bulkAdd(
			['a', 'b'].map((id) => ({
				...personDraft({ name: id.toUpperCase(), cadenceDays: 30 }),
				...meta,
				id,
				deletedAt: null
			}))
		);
		await old.table('interactions').bulkAdd([
			interaction('i1', ['a'], '2026-01-05', { followUpOn: '2026-01-10' }),
			interaction('i2', ['a', 'b'], '2026-03-01', {
				followUpOn: '2026-03-05',
				followUpDone: true
			}),
			interaction('i3', ['a'], '2026-04-01', { deletedAt: '2026-04-02T00:00:00.000Z' })
		]);
		old.close();

		const upgraded = new RapportDB('upgrade-check');
		await upgraded.open();
		expect(upgraded.verno).toBe(2);
		expect(await upgraded.lastContacts.orderBy('personId').toArray()).toEqual([
			{ personId: 'a', date: '2026-03-01' },
			{ personId: 'b', date: '2026-03-01' }
		]);
		expect(await upgraded.openFollowUps.toArray()).toEqual([
			{ interactionId: 'i1', followUpOn: '2026-01-10' }
		]);
		expect(await upgraded.personDue.orderBy('personId').toArray()).toEqual([
			{ personId: 'a', dueOn: '2026-03-31' },
			{ personId: 'b', dueOn: '2026-03-31' }
		]);
		upgraded.close();
		await Dexie.delete('upgrade-check');
	});

	it('when another tab upgrades the schema, closes, reports it, and refuses writes', async () => {
		await addPerson(personDraft({ name: 'Before' }));
		const seen: string[] = [];
		const stop = onDbStatus((s) => seen.push(s.kind));

		// Another tab opens a newer version of the same database (Dexie's version n is IndexedDB's 10n).
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open('rapport', 1000);
			request.onupgradeneeded = () => undefined;
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error);
			request.onblocked = () => reject(new Error('the old connection did not close'));
		});

		expect(getDbStatus().kind).toBe('outdated');
		expect(seen).toContain('outdated');
		await expect(addPerson(personDraft({ name: 'After' }))).rejects.toThrow(
			/updated in another tab\. Reload/
		);
		await expect(listPeople()).rejects.toThrow(/Reload/);
		stop();
	});

	it('touches no IndexedDB when its modules load (the build prerenders in Node)', async () => {
		const saved = Dexie.dependencies.indexedDB;
		const opened: string[] = [];
		// A stand-in that records every open: importing must not cause one.
		Dexie.dependencies.indexedDB = new Proxy(saved, {
			get(target, key) {
				if (key === 'open') return (name: string) => (opened.push(name), target.open(name));
				const value = Reflect.get(target, key) as unknown;
				return typeof value === 'function' ? value.bind(target) : value;
			}
		});
		try {
			vi.resetModules();
			const repositories = await import('../../src/lib/db/repositories/people');
			await import('../../src/lib/db/views');
			await import('../../src/lib/db/dataset');
			expect(opened).toEqual([]);
			// The stand-in does see a real use, so the check above could fail.
			await repositories.listPeople();
			expect(opened).toEqual(['rapport']);
		} finally {
			Dexie.dependencies.indexedDB = saved;
			vi.resetModules();
		}
	});
});
