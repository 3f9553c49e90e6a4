import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
	getDbStatus,
	onDbStatus,
	RapportDB,
	SCHEMA_V1,
	SCHEMA_V2_CHANGES,
	SCHEMA_V3_CHANGES,
	SCHEMA_V4_CHANGES,
	SCHEMA_V8_CHANGES
} from '../../src/lib/db/database';
import { countersOf, key, packRow } from '../../src/lib/domain/insights/counters';
import { addPerson, listPeople } from '../../src/lib/db/repositories/people';
import { exchangeDraft, interactionDraft, personDraft } from './factories';

/**
 * A database declared as the app's version `version` declared it (the frozen schemas; versions
 * 5 to 7 changed data, not stores), for an upgrade test to fill and the app to open.
 */
function databaseAt(name: string, version: number) {
	const stores: Record<string, string | null>[] = [
		SCHEMA_V1,
		SCHEMA_V2_CHANGES,
		SCHEMA_V3_CHANGES,
		SCHEMA_V4_CHANGES,
		{},
		{},
		{},
		SCHEMA_V8_CHANGES
	];
	const old = new Dexie(name);
	stores.slice(0, version).forEach((changes, i) => old.version(i + 1).stores(changes));
	return old;
}

describe('database', () => {
	it('declares the indexes later screens rely on', async () => {
		const database = new RapportDB('schema-check');
		await database.open();
		const indexes = (table: string) =>
			database
				.table(table)
				.schema.indexes.map((i) => i.name)
				.sort();
		// Only indexes some query uses: each one costs a write per record.
		expect(indexes('people')).toEqual([
			'connection',
			'createdAt',
			'deletedAt',
			'name',
			'organisationIds',
			'roles'
		]);
		expect(indexes('organisations')).toEqual(['deletedAt', 'name']);
		expect(indexes('interactions')).toEqual(['date', 'deletedAt', 'kind', 'personIds']);
		expect(database.table('interactions').schema.idxByName.personIds?.multi).toBe(true);
		expect(indexes('exchanges')).toEqual(['[personId+date]', 'date', 'deletedAt', 'leadId']);
		expect(indexes('leads')).toEqual([
			'[referrerId+firstContactOn]',
			'channel',
			'deletedAt',
			'firstContactOn',
			'personId'
		]);
		expect(database.tables.map((t) => t.name)).not.toContain('interactionPeople');
		expect(indexes('lastContacts')).toEqual([]);
		expect(indexes('openFollowUps')).toEqual([]);
		expect(indexes('personDue')).toEqual(['dueOn']);
		expect(database.table('lastContacts').schema.primKey.name).toBe('personId');
		expect(database.table('insights').schema.primKey.name).toBe('id');
		expect(database.verno).toBe(9);
		database.close();
	});

	it('creates a new database with what every upgrade since version 1 makes, declaring only the current version', async () => {
		/** The stores, keys and indexes IndexedDB itself holds, not what Dexie was told. */
		const nativeSchema = (database: Dexie) => {
			const idb = database.backendDB();
			const names = [...idb.objectStoreNames].sort();
			const tx = idb.transaction(names, 'readonly');
			return names.map((name) => {
				const store = tx.objectStore(name);
				const indexes = [...store.indexNames].sort().map((index) => {
					const { keyPath, multiEntry, unique } = store.index(index);
					return { index, keyPath, multiEntry, unique };
				});
				return { name, keyPath: store.keyPath, indexes };
			});
		};
		const version = vi.spyOn(RapportDB.prototype, 'version');
		const fresh = new RapportDB('fresh-schema');
		await fresh.open();
		expect(version.mock.calls).toEqual([[9]]);

		const old = databaseAt('upgraded-schema', 1);
		await old.open();
		old.close();
		version.mockClear();
		const upgraded = new RapportDB('upgraded-schema');
		await upgraded.open();
		// Every version from 1 on, the current one again for its upgrade.
		expect(version.mock.calls.map(([n]) => n)).toEqual([9, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		version.mockRestore();

		expect(nativeSchema(fresh)).toEqual(nativeSchema(upgraded));
		expect(nativeSchema(fresh).map((store) => store.name)).toContain('lastImport');
		fresh.close();
		upgraded.close();
		await Dexie.delete('fresh-schema');
		await Dexie.delete('upgraded-schema');
	});

	it('upgrades a version 1 database: the derived stores are filled from its records', async () => {
		const old = databaseAt('upgrade-check', 1);
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
			interaction('i1', ['a'], '2026-01-05', {
				followUpOn: '2026-01-10',
				cost: { amountMinor: 450, currency: 'EUR' }
			}),
			interaction('i2', ['a', 'b'], '2026-03-01', {
				followUpOn: '2026-03-05',
				followUpDone: true
			}),
			interaction('i3', ['a'], '2026-04-01', { deletedAt: '2026-04-02T00:00:00.000Z' })
		]);
		old.close();

		const upgraded = new RapportDB('upgrade-check');
		await upgraded.open();
		expect(upgraded.verno).toBe(9);
		// Through versions 2, 3 and 4: the Insights counters exist too (i3 is deleted). What i1
		// cost counts once, though version 3 filled the rows with it and version 9 adds costs.
		expect(countersOf(await upgraded.insights.get('a|y2026'))).toEqual({
			[key('n', 'coffee')]: 2,
			[key('m', 'coffee')]: 90,
			[key('c$', 'EUR')]: 450
		});
		expect(countersOf(await upgraded.insights.get('a|d2026-01-05'))).toEqual({
			[key('n', 'coffee')]: 1,
			[key('m', 'coffee')]: 45,
			[key('c$', 'EUR')]: 450
		});
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

	it('upgrades a real version 2 database: Insights counters are filled, other stores kept', async () => {
		const old = databaseAt('upgrade-v2', 2);
		const meta = {
			createdAt: '2026-01-01T09:00:00.000Z',
			updatedAt: '2026-01-01T09:00:00.000Z',
			deletedAt: null
		};
		await old.table('people').bulkAdd([
			{
				...personDraft({ name: 'A' }),
				...meta,
				id: 'a',
				organisationIds: ['o1'],
				metChannel: 'event'
			},
			{
				...personDraft({ name: 'B' }),
				...meta,
				id: 'b',
				organisationIds: ['o1', 'o2'],
				introducedById: 'a'
			}
		]);
		await old.table('interactions').bulkAdd([
			{
				...interactionDraft(['a', 'b'], { date: '2026-02-03', durationMinutes: 60 }),
				...meta,
				id: 'i1',
				cost: null,
				channel: null,
				note: '',
				followUpOn: null,
				followUpDone: false
			},
			{
				...interactionDraft(['b'], { date: '2025-12-31', kind: 'call', durationMinutes: 30 }),
				...meta,
				id: 'i2',
				cost: null,
				channel: 'linkedin',
				note: '',
				followUpOn: null,
				followUpDone: false
			}
		]);
		await old.table('exchanges').bulkAdd([
			{
				...meta,
				id: 'e1',
				date: '2026-02-03',
				personId: 'a',
				direction: 'given',
				kind: 'advice',
				value: { type: 'time', minutes: 45 },
				note: '',
				interactionId: null,
				leadId: null
			}
		]);
		const lead = {
			...meta,
			title: 'Site',
			organisationId: 'o2',
			channel: 'referral',
			referrerId: 'a',
			lostReason: '',
			estimatedValue: null,
			repeat: false,
			note: ''
		};
		await old.table('leads').bulkAdd([
			{
				...lead,
				id: 'l1',
				personId: 'b',
				status: 'won',
				wonValue: { amountMinor: 500000, currency: 'EUR' },
				firstContactOn: '2026-01-10',
				closedOn: '2026-03-01'
			},
			{
				...lead,
				id: 'l2',
				personId: null,
				status: 'lost',
				wonValue: null,
				firstContactOn: '2026-01-20',
				closedOn: null,
				deletedAt: '2026-02-01T00:00:00.000Z'
			}
		]);
		await old.table('ledgerTotals').put({ personId: 'a', marker: 'kept as written' });
		old.close();

		const upgraded = new RapportDB('upgrade-v2');
		await upgraded.open();
		expect(upgraded.verno).toBe(9);
		const row = async (id: string) => countersOf(await upgraded.insights.get(id));
		expect(await row('a|y2026')).toEqual({ [key('n', 'coffee')]: 1, [key('m', 'coffee')]: 60 });
		expect(await row('a|m2025-12')).toEqual({ [key('n', 'call')]: 1, [key('m', 'call')]: 30 });
		// i1 counts once for o1 (both are members) and once for o2; its channel is A's first channel.
		expect(await row('t|d2026-02-03')).toEqual({
			[key('cn', 'event')]: 1,
			[key('cm', 'event')]: 60,
			[key('on', 'o1')]: 1,
			[key('om', 'o1')]: 60,
			[key('on', 'o2')]: 1,
			[key('om', 'o2')]: 60
		});
		expect(await row('t|y2025')).toMatchObject({
			[key('cm', 'linkedin')]: 30,
			[key('om', 'o2')]: 30
		});
		expect(await row('x|m2026-02')).toEqual({ [key('g', 'n')]: 1, [key('g', 'm')]: 45 });
		// The deleted lead counts nowhere; the won one on its first contact and on its close day.
		expect(await row('l|m2026-01')).toEqual({
			[key('s', 'referral', 'won')]: 1,
			[key('r', 'a')]: 1
		});
		expect(await row('l|d2026-03-01')).toEqual({
			[key('wn', 'referral')]: 1,
			[key('rn', 'a')]: 1,
			[key('w$', 'referral', 'EUR')]: 500000,
			[key('r$', 'a', 'EUR')]: 500000,
			[key('o$', 'o2', 'EUR')]: 500000
		});
		expect(await upgraded.introductions.toArray()).toEqual([
			{ id: 'introductions', people: ['b'], introducers: ['a'], deleted: [] }
		]);
		expect(await upgraded.ledgerTotals.get('a')).toEqual({
			personId: 'a',
			marker: 'kept as written'
		});
		expect(await upgraded.people.count()).toBe(2);
		upgraded.close();
		await Dexie.delete('upgrade-v2');
	});

	it('upgrades a version 3 database: drops interactionPeople, keeps every record, turns Insights and introductions rows into lists', async () => {
		const old = databaseAt('upgrade-v3', 3);
		const meta = {
			createdAt: '2026-01-01T09:00:00.000Z',
			updatedAt: '2026-01-01T09:00:00.000Z',
			deletedAt: null
		};
		await old
			.table('people')
			.bulkAdd(['a', 'b'].map((id) => ({ ...personDraft({ name: id }), ...meta, id })));
		const interaction = (id: string, personIds: string[], date: string) => ({
			...interactionDraft(personIds, { date }),
			...meta,
			id,
			followUpOn: null,
			followUpDone: false
		});
		await old
			.table('interactions')
			.bulkAdd([
				interaction('i1', ['a'], '2026-01-05'),
				interaction('i2', ['a', 'b'], '2026-02-10')
			]);
		await old.table('interactionPeople').bulkAdd([
			{ id: 'i1:a', interactionId: 'i1', personId: 'a', date: '2026-01-05' },
			{ id: 'i2:a', interactionId: 'i2', personId: 'a', date: '2026-02-10' },
			{ id: 'i2:b', interactionId: 'i2', personId: 'b', date: '2026-02-10' }
		]);
		await old.table('lastContacts').bulkAdd([
			{ personId: 'a', date: '2026-02-10' },
			{ personId: 'b', date: '2026-02-10' }
		]);
		// Version 3 and 4 rows keep their counters as an object; version 5 as two
		// lists, and adds each family's all-time row from its years.
		await old.table('insights').bulkPut([
			{ id: 'a|y2026', c: { kept: 1, [key('m', 'x')]: 30 } },
			{ id: 'a|y2025', c: { [key('m', 'x')]: 15 } },
			{ id: 'a|m2025-04', c: { [key('m', 'x')]: 15 } },
			{ id: 'l|y2024', c: {} }
		]);
		// Versions 3 to 5 keep who introduced whom as objects; version 6 as sorted lists.
		await old
			.table('introductions')
			.put({ id: 'introductions', by: { b: 'a', a: 'z' }, deleted: { z: true } });
		old.close();

		const upgraded = new RapportDB('upgrade-v3');
		await upgraded.open();
		expect(upgraded.verno).toBe(9);
		expect(upgraded.tables.map((t) => t.name)).not.toContain('interactionPeople');
		expect(await upgraded.people.count()).toBe(2);
		expect(await upgraded.lastContacts.count()).toBe(2);
		expect(await upgraded.insights.toArray()).toEqual([
			{ id: 'a|all', k: ['kept', key('m', 'x')], v: [1, 45] },
			{ id: 'a|m2025-04', k: [key('m', 'x')], v: [15] },
			{ id: 'a|y2025', k: [key('m', 'x')], v: [15] },
			{ id: 'a|y2026', k: ['kept', key('m', 'x')], v: [1, 30] }
		]);
		expect(await upgraded.introductions.toArray()).toEqual([
			{ id: 'introductions', people: ['a', 'b'], introducers: ['z', 'a'], deleted: ['z'] }
		]);
		// Who took part is read through the multi-entry index the upgrade kept.
		expect(
			(await upgraded.interactions.where('personIds').equals('a').primaryKeys()).sort()
		).toEqual(['i1', 'i2']);
		expect(await upgraded.interactions.where('personIds').equals('b').primaryKeys()).toEqual([
			'i2'
		]);
		upgraded.close();
		await Dexie.delete('upgrade-v3');
	});

	it('upgrades a version 6 database: follow-ups with no one left in Rapport are closed', async () => {
		const old = databaseAt('upgrade-v6', 6);
		const meta = {
			createdAt: '2026-01-01T09:00:00.000Z',
			updatedAt: '2026-01-01T09:00:00.000Z',
			deletedAt: null
		};
		await old.table('people').bulkAdd([
			{
				...personDraft({ name: 'Sam' }),
				...meta,
				id: 'sam',
				deletedAt: '2026-02-01T09:00:00.000Z'
			},
			{ ...personDraft({ name: 'Grace' }), ...meta, id: 'grace' }
		]);
		const withFollowUp = (id: string, personIds: string[]) => ({
			...interactionDraft(personIds, { date: '2026-01-05' }),
			...meta,
			id,
			followUpOn: '2026-12-01',
			followUpDone: false
		});
		await old
			.table('interactions')
			.bulkAdd([
				withFollowUp('alone', ['sam']),
				withFollowUp('shared', ['sam', 'grace']),
				withFollowUp('grace', ['grace'])
			]);
		await old.table('openFollowUps').bulkAdd(
			['alone', 'shared', 'grace'].map((interactionId) => ({
				interactionId,
				followUpOn: '2026-12-01'
			}))
		);
		old.close();

		const upgraded = new RapportDB('upgrade-v6');
		await upgraded.open();
		expect(upgraded.verno).toBe(9);
		expect((await upgraded.openFollowUps.toArray()).map((r) => r.interactionId).sort()).toEqual([
			'grace',
			'shared'
		]);
		upgraded.close();
		await Dexie.delete('upgrade-v6');
	});

	it('upgrades a version 8 database: a give or receive counts as a contact, and moves the due day', async () => {
		const old = databaseAt('upgrade-v8', 8);
		const meta = {
			createdAt: '2026-01-01T09:00:00.000Z',
			updatedAt: '2026-01-01T09:00:00.000Z',
			deletedAt: null
		};
		const person = (id: string, cadenceDays: number | null) => ({
			...personDraft({ name: id, cadenceDays }),
			...meta,
			id
		});
		await old
			.table('people')
			.bulkAdd([person('sam', 30), person('grace', 30), person('lee', 30), person('ann', null)]);
		const paid = (amountMinor: number) => ({ cost: { amountMinor, currency: 'EUR' } });
		await old.table('interactions').bulkAdd([
			{ ...interactionDraft(['sam'], { date: '2026-01-05', ...paid(450) }), ...meta, id: 'i1' },
			{ ...interactionDraft(['lee'], { date: '2026-04-10' }), ...meta, id: 'i2' },
			{
				...interactionDraft(['lee'], { date: '2026-04-11', ...paid(900) }),
				...meta,
				id: 'i3',
				deletedAt: '2026-04-12T09:00:00.000Z'
			}
		]);
		// Version 8's activity counters of i1 and i2: counts and minutes, nothing paid.
		const activity = {
			[key('n', 'coffee')]: 2,
			[key('m', 'coffee')]: 90
		};
		await old.table('insights').bulkAdd([packRow('a|all', activity)]);
		const exchange = (id: string, personId: string, date: string, deletedAt: string | null) => ({
			...exchangeDraft(personId, { date }),
			note: '',
			interactionId: null,
			leadId: null,
			...meta,
			id,
			deletedAt
		});
		await old
			.table('exchanges')
			.bulkAdd([
				exchange('e1', 'sam', '2026-03-01', null),
				exchange('e2', 'sam', '2026-06-01', '2026-06-02T09:00:00.000Z'),
				exchange('e3', 'grace', '2026-02-01', null),
				exchange('e4', 'lee', '2026-02-01', null),
				exchange('e5', 'ann', '2026-05-01', null)
			]);
		// What version 8 derived: interactions only.
		await old.table('lastContacts').bulkAdd([
			{ personId: 'sam', date: '2026-01-05' },
			{ personId: 'lee', date: '2026-04-10' }
		]);
		await old.table('personDue').bulkAdd([
			{ personId: 'sam', dueOn: '2026-02-04' },
			{ personId: 'grace', dueOn: '2026-01-31' },
			{ personId: 'lee', dueOn: '2026-05-10' }
		]);
		old.close();

		const upgraded = new RapportDB('upgrade-v8');
		await upgraded.open();
		expect(upgraded.verno).toBe(9);
		// Sam's deleted give does not count; Lee's interaction is newer than the give; Ann has
		// no cadence, so her last contact is kept but she is never due.
		expect(await upgraded.lastContacts.orderBy('personId').toArray()).toEqual([
			{ personId: 'ann', date: '2026-05-01' },
			{ personId: 'grace', date: '2026-02-01' },
			{ personId: 'lee', date: '2026-04-10' },
			{ personId: 'sam', date: '2026-03-01' }
		]);
		expect(await upgraded.personDue.orderBy('personId').toArray()).toEqual([
			{ personId: 'grace', dueOn: '2026-03-03' },
			{ personId: 'lee', dueOn: '2026-05-10' },
			{ personId: 'sam', dueOn: '2026-03-31' }
		]);
		// What the live interaction cost is added to Insights' activity (the deleted one's is not).
		expect(countersOf(await upgraded.insights.get('a|all'))).toEqual({
			...activity,
			[key('c$', 'EUR')]: 450
		});
		expect(countersOf(await upgraded.insights.get('a|m2026-01'))).toEqual({
			[key('c$', 'EUR')]: 450
		});
		upgraded.close();
		await Dexie.delete('upgrade-v8');
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
