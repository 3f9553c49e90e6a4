import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { getDbStatus, onDbStatus, RapportDB } from '../../src/lib/db/database';
import { addPerson, listPeople } from '../../src/lib/db/repositories/people';
import { personDraft } from './factories';

describe('database', () => {
	it('declares version 1 with the indexes later screens rely on', async () => {
		const database = new RapportDB('schema-check');
		await database.open();
		const indexes = (table: string) =>
			database
				.table(table)
				.schema.indexes.map((i) => i.name)
				.sort();
		expect(indexes('people')).toEqual([
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
		expect(database.verno).toBe(1);
		database.close();
	});

	it('when another tab upgrades the schema, closes, reports it, and refuses writes', async () => {
		await addPerson(personDraft({ name: 'Before' }));
		const seen: string[] = [];
		const stop = onDbStatus((s) => seen.push(s.kind));

		// Another tab opens a newer version of the same database.
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open('rapport', 20);
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
