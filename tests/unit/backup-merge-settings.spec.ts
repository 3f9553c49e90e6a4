import { describe, expect, it } from 'vitest';
import { exportBackup, previewMerge, restoreBackup } from '../../src/lib/db/backup';
import { db } from '../../src/lib/db/database';
import { wipeAllData } from '../../src/lib/db/dataset';
import { saveChannels } from '../../src/lib/db/repositories/channels';
import { addLead } from '../../src/lib/db/repositories/leads';
import { addPerson } from '../../src/lib/db/repositories/people';
import { saveView } from '../../src/lib/db/repositories/saved-views';
import { getSettings, saveSettings } from '../../src/lib/db/repositories/settings';
import { saveTemplate } from '../../src/lib/db/repositories/templates';
import { markWhatsNewSeen } from '../../src/lib/db/repositories/whats-new';
import { describeSettingsMerge, mergeSettings } from '../../src/lib/domain/backup/merge';
import { readBackup } from '../../src/lib/domain/backup/read';
import { defaultSettings, type Settings } from '../../src/lib/domain/settings';
import type { RecordTemplate } from '../../src/lib/domain/templates';
import { personDraft } from './factories';

async function readOk(text: string) {
	const result = await readBackup(text, { pause: async () => {} });
	if (!result.ok) throw new Error(result.problem.message + result.problem.details.join(' '));
	return result.backup;
}

const OLD = '2026-01-01T00:00:00.000Z';
const NEW = '2026-02-01T00:00:00.000Z';

function template(id: string, name: string, note: string): RecordTemplate {
	return { id, name, entity: 'interaction', fields: { note } } as RecordTemplate;
}

function settings(updatedAt: string, patch: Partial<Settings>): Settings {
	return { ...defaultSettings(updatedAt), ...patch };
}

describe('merging settings', () => {
	it('keeps both sides’ channels, templates and saved views; preferences come from the copy edited last', () => {
		const device = settings(NEW, {
			hourlyRateMinor: 9000,
			channels: [
				{ id: 'referral', name: 'Referral' },
				{ id: 'meetup', name: 'Meetup' }
			],
			templates: [template('t1', 'Weekly call', 'agenda')]
		});
		const backup = settings(OLD, {
			hourlyRateMinor: 5000,
			channels: [
				{ id: 'referral', name: 'Referrals (old name)' },
				{ id: 'podcast', name: 'Podcast' }
			],
			templates: [template('t1', 'Weekly call', 'agenda'), template('t2', 'Coffee', 'beans')]
		});
		const merged = mergeSettings(device, backup);
		expect(merged.preferencesFrom).toBe('device');
		expect(merged.settings.hourlyRateMinor).toBe(9000);
		// The device's copy of a shared channel (edited last), then the backup's own.
		expect(merged.settings.channels).toEqual([
			{ id: 'referral', name: 'Referral' },
			{ id: 'meetup', name: 'Meetup' },
			{ id: 'podcast', name: 'Podcast' }
		]);
		expect(merged.settings.templates.map((t) => t.id)).toEqual(['t1', 't2']);
		expect(merged.added).toEqual({ channels: 1, templates: 1, savedViews: 0 });

		const other = mergeSettings({ ...device, updatedAt: OLD }, { ...backup, updatedAt: NEW });
		expect(other.preferencesFrom).toBe('backup');
		expect(other.settings.hourlyRateMinor).toBe(5000);
		expect(other.settings.channels.map((c) => c.id)).toEqual(['referral', 'podcast', 'meetup']);
		expect(other.added).toEqual({ channels: 1, templates: 1, savedViews: 0 });
	});

	it('a device that never saved settings takes the backup’s preferences', () => {
		const backup = settings(OLD, { hourlyRateMinor: 5000, currency: 'GBP' });
		const merged = mergeSettings(undefined, backup);
		expect(merged.preferencesFrom).toBe('backup');
		expect(merged.settings).toEqual(backup);
	});

	it('a template made twice is kept once; two different ones of the same name are both kept', () => {
		const device = settings(NEW, {
			templates: [template('a', 'Coffee', 'beans'), template('b', 'Lunch', 'soup')]
		});
		const backup = settings(OLD, {
			templates: [
				template('c', 'coffee', 'beans'),
				template('d', 'LUNCH', 'salad'),
				template('e', 'x'.repeat(60), 'long')
			]
		});
		device.templates.push(template('f', 'x'.repeat(60), 'other'));
		const names = mergeSettings(device, backup).settings.templates.map((t) => [t.id, t.name]);
		expect(names).toEqual([
			['a', 'Coffee'],
			['b', 'Lunch'],
			['f', 'x'.repeat(60)],
			['d', 'LUNCH (2)'],
			['e', `${'x'.repeat(56)} (2)`]
		]);
	});

	it('says what happens to the settings in the confirmation', () => {
		expect(
			describeSettingsMerge({
				preferencesFrom: 'device',
				added: { channels: 2, templates: 1, savedViews: 0 }
			})
		).toBe(
			'Settings: this device’s preferences (hourly rate, currency, cadence and the rest) stay, as they were edited last. Added from the file: 2 channels and 1 template.'
		);
		expect(
			describeSettingsMerge({
				preferencesFrom: 'backup',
				added: { channels: 0, templates: 0, savedViews: 0 }
			})
		).toMatch(/file’s preferences .* are used.*all here already\.$/);
	});
});

describe('merging a backup into a device touched since', () => {
	it('keeps the backup’s channels, templates and saved views, so its leads keep their channel', async () => {
		const s = await getSettings();
		await saveChannels([...s.channels, { id: 'podcast', name: 'Podcast' }]);
		await saveTemplate({ entity: 'interaction', name: 'Weekly call', fields: { note: 'hi' } });
		await saveView('people', 'Local clients', [
			{
				field: 'tags',
				mode: 'include',
				locked: false,
				condition: { type: 'values', values: ['local'] }
			}
		]);
		await saveSettings({ hourlyRateMinor: 12000 });
		const person = await addPerson(personDraft({ name: 'Ana' }));
		await addLead({
			title: 'Job',
			channel: 'podcast',
			firstContactOn: '2026-03-01',
			personId: person.id
		});
		const backup = await readOk((await exportBackup()).text);

		// Another device, or this one wiped: its settings are written after the backup.
		await wipeAllData();
		await new Promise((resolve) => setTimeout(resolve, 5));
		await markWhatsNewSeen('entry-x');

		const preview = await previewMerge(backup.data);
		expect(preview.settings.preferencesFrom).toBe('device');
		expect(preview.refusal).toBeNull();
		expect(preview.settings.added).toEqual({ channels: 1, templates: 1, savedViews: 1 });
		await restoreBackup(backup.data, 'merge');
		const after = await getSettings();
		expect(after.channels.map((c) => c.id)).toContain('podcast');
		expect(after.templates.map((t) => t.name)).toEqual(['Weekly call']);
		expect(after.savedViews.map((v) => v.name)).toEqual(['Local clients']);
		expect(after.whatsNewSeenId).toBe('entry-x');
		const leads = await db().leads.toArray();
		expect(leads.every((l) => after.channels.some((c) => c.id === l.channel))).toBe(true);
	});

	it('works when the device’s settings were saved by a version without templates or views', async () => {
		await saveChannels([...(await getSettings()).channels, { id: 'podcast', name: 'Podcast' }]);
		const backup = await readOk((await exportBackup()).text);
		const stored = { ...(await getSettings()), updatedAt: '2099-01-01T00:00:00.000Z' };
		const old: Record<string, unknown> = { ...stored };
		delete old.templates;
		delete old.savedViews;
		await db().settings.put(old as never);
		const preview = await previewMerge(backup.data);
		expect(preview.settings.preferencesFrom).toBe('device');
		expect(preview.refusal).toBeNull();
		await restoreBackup(backup.data, 'merge');
		expect((await getSettings()).channels.map((c) => c.id)).toContain('podcast');
	});

	it('a device that never saved settings takes the backup’s preferences too', async () => {
		await saveSettings({ hourlyRateMinor: 12000, currency: 'GBP' });
		const backup = await readOk((await exportBackup()).text);
		// A new install: nothing chosen on the first run yet, so no settings row.
		await wipeAllData();
		await db().settings.clear();
		await restoreBackup(backup.data, 'merge');
		const after = await getSettings();
		expect([after.hourlyRateMinor, after.currency]).toEqual([12000, 'GBP']);
	});

	it('settings that cannot be merged (too many channels) change nothing and say why', async () => {
		const many = (prefix: string) =>
			Array.from({ length: 60 }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} ${i}` }));
		await saveChannels(many('file'));
		const backup = await readOk((await exportBackup()).text);
		await saveChannels(many('here'));
		const before = await getSettings();
		// The confirmation says so before anyone presses Merge.
		expect((await previewMerge(backup.data)).refusal).toBe('channels: At most 100 channels.');
		await expect(restoreBackup(backup.data, 'merge')).rejects.toThrow(
			'The merged settings could not be saved. channels: At most 100 channels.'
		);
		expect(await getSettings()).toEqual(before);
	});
});
