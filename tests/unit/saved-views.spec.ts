import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../src/lib/db/backup';
import { wipeAllData } from '../../src/lib/db/dataset';
import { deleteView, saveView } from '../../src/lib/db/repositories/saved-views';
import { getSettings, saveSettings } from '../../src/lib/db/repositories/settings';
import { readBackup } from '../../src/lib/domain/backup/read';
import type { FilterSpec } from '../../src/lib/domain/filters/schema';
import { sameFilters, viewNameProblem, viewsFor } from '../../src/lib/domain/filters/views';
import { settingsSchema } from '../../src/lib/domain/settings';

const localClients: FilterSpec[] = [
	{
		field: 'roles',
		mode: 'include',
		locked: true,
		condition: { type: 'values', values: ['client'] }
	},
	{
		field: 'tags',
		mode: 'include',
		locked: false,
		condition: { type: 'values', values: ['local'] }
	}
];

describe('saved views in settings', () => {
	it('older settings without views read as none', () => {
		const s = settingsSchema.parse({ id: 'settings', updatedAt: '2026-01-01T00:00:00.000Z' });
		expect(s.savedViews).toEqual([]);
	});

	it('saves, replaces by name per list, lists and deletes', async () => {
		const first = await saveView('people', 'Local clients', localClients);
		expect(first.replaced).toBe(false);
		await saveView('interactions', 'Local clients', localClients.slice(0, 1));
		const again = await saveView('people', '  local CLIENTS ', localClients.slice(1));
		expect(again.replaced).toBe(true);
		expect(again.view.id).toBe(first.view.id);
		const views = (await getSettings()).savedViews;
		expect(views).toHaveLength(2);
		const people = viewsFor(views, 'people');
		expect(people.map((v) => v.name)).toEqual(['local CLIENTS']);
		expect(sameFilters(people[0]!.filters, localClients.slice(1))).toBe(true);
		await deleteView(first.view.id);
		expect(viewsFor((await getSettings()).savedViews, 'people')).toEqual([]);
		expect(viewsFor((await getSettings()).savedViews, 'interactions')).toHaveLength(1);
	});

	it('refuses an empty name or no filters, and changes nothing', async () => {
		await expect(saveView('people', '  ', localClients)).rejects.toThrow(/Give the view a name/);
		await expect(saveView('people', 'Nothing', [])).rejects.toThrow(/Add a filter/);
		// A filter over the limits says which, in the filters' words, not the settings'.
		const many = Array.from({ length: 51 }, (_, i) => `org-${i}`);
		const big = [
			...localClients,
			{ ...localClients[0]!, condition: { type: 'values' as const, values: many } }
		];
		await expect(saveView('people', 'Big', big)).rejects.toThrow(
			`Filter ${big.length}: At most 50 values.`
		);
		expect((await getSettings()).savedViews).toEqual([]);
	});

	it('keeps settings changed elsewhere (one read-modify-write transaction)', async () => {
		await saveSettings({ ownerName: 'Alex' });
		await saveView('people', 'Local clients', localClients);
		await saveSettings({ hourlyRateMinor: 9000 });
		const s = await getSettings();
		expect(s.ownerName).toBe('Alex');
		expect(s.savedViews).toHaveLength(1);
	});

	it('travels in a backup and comes back on restore', async () => {
		await saveView('people', 'Local clients', localClients);
		const { text } = await exportBackup();
		await wipeAllData();
		expect((await getSettings()).savedViews).toEqual([]);
		const read = await readBackup(text, { pause: async () => {} });
		if (!read.ok) throw new Error(read.problem.message);
		await restoreBackup(read.backup.data, 'replace');
		const views = (await getSettings()).savedViews;
		expect(views.map((v) => v.name)).toEqual(['Local clients']);
		expect(views[0]!.filters).toEqual(localClients);
	});
});

describe('a view name', () => {
	it('is refused over 60 characters with the count, not cut short', () => {
		expect(viewNameProblem('x'.repeat(60))).toBeNull();
		expect(viewNameProblem(`  ${'x'.repeat(60)}  `)).toBeNull();
		expect(viewNameProblem('x'.repeat(61))).toBe(
			'View names are at most 60 characters; this one has 61.'
		);
	});
});
