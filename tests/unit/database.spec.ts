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
		const saved = globalThis.indexedDB;
		Reflect.deleteProperty(globalThis, 'indexedDB');
		try {
			vi.resetModules();
			const repositories = await import('../../src/lib/db/repositories/people');
			const views = await import('../../src/lib/db/views');
			expect(typeof repositories.addPerson).toBe('function');
			expect(typeof views.loadToday).toBe('function');
		} finally {
			globalThis.indexedDB = saved;
			vi.resetModules();
		}
	});
});
