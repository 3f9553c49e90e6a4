import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, previewMerge, restoreBackup } from '../../src/lib/db/backup';
import { db } from '../../src/lib/db/database';
import { countAll } from '../../src/lib/db/dataset';
import { addInteraction } from '../../src/lib/db/repositories/interactions';
import { addPerson, deletePerson } from '../../src/lib/db/repositories/people';
import { saveSettings } from '../../src/lib/db/repositories/settings';
import {
	countsText,
	liveCounts,
	removedText,
	replaceWarning,
	restoredMessage
} from '../../src/lib/domain/backup/outcome';
import { planMerge, type MergePreview } from '../../src/lib/domain/backup/merge';
import { readBackup } from '../../src/lib/domain/backup/read';
import { interactionDraft, personDraft, storedPerson } from './factories';

async function readOk(text: string) {
	const result = await readBackup(text, { pause: async () => {} });
	if (!result.ok) throw new Error(result.problem.message + result.problem.details.join(' '));
	return result.backup;
}

const none = { people: 0, organisations: 0, interactions: 0, exchanges: 0, leads: 0 };
const nothingMerged: MergePreview = {
	records: {
		people: { added: 0, updated: 0, removed: 0, kept: 3 },
		organisations: { added: 0, updated: 0, removed: 0, kept: 0 },
		interactions: { added: 0, updated: 0, removed: 0, kept: 1 },
		exchanges: { added: 0, updated: 0, removed: 0, kept: 0 },
		leads: { added: 0, updated: 0, removed: 0, kept: 0 }
	},
	settings: { preferencesFrom: 'device', added: { channels: 0, templates: 0, savedViews: 0 } },
	refusal: null
};

describe('what a restore says', () => {
	it('counts every entity with the right noun', () => {
		expect(countsText({ ...none, people: 1, interactions: 1, exchanges: 2, leads: 1 })).toBe(
			'1 person, 0 organisations, 1 interaction, 2 gives and receives and 1 lead'
		);
	});

	it('counts live records only: tombstones are kept for undo, not shown', () => {
		const live = storedPerson({ name: 'Ana' });
		const gone = storedPerson({ name: 'Ben', deletedAt: '2026-02-01T09:00:00.000Z' });
		expect(
			liveCounts({
				people: [live, gone],
				organisations: [],
				interactions: [],
				exchanges: [],
				leads: []
			})
		).toEqual({ ...none, people: 1 });
	});

	it('asks before a replace with what this device holds now and what the backup brings', () => {
		const device = { people: 12, organisations: 3, interactions: 340, exchanges: 1, leads: 2 };
		const backup = { ...none, people: 11, interactions: 1 };
		expect(replaceWarning(device, backup)).toBe(
			'This device’s 12 people, 3 organisations, 340 interactions, 1 give or receive and 2 leads ' +
				'will be replaced by the backup’s 11 people, 0 organisations, 1 interaction, ' +
				'0 gives and receives and 0 leads. Anything added or changed here since the backup was ' +
				'made is lost, and so are this device’s settings, channels, templates and saved views. ' +
				'This cannot be undone.'
		);
		// A new device loses nothing: it is told so, not warned.
		expect(replaceWarning(none, backup)).toBe(
			'This device holds no records yet. It gets the backup’s 11 people, 0 organisations, ' +
				'1 interaction, 0 gives and receives and 0 leads, and the backup’s settings.'
		);
	});

	it('a replace says what is now here, one or many', () => {
		expect(
			restoredMessage({ mode: 'replace', counts: { ...none, people: 3, interactions: 1 } })
		).toBe(
			'Restored the backup: 3 people, 0 organisations, 1 interaction, 0 gives and receives and 0 leads.'
		);
	});

	it('a merge says what it added and updated, not the size of the backup', () => {
		expect(restoredMessage({ mode: 'merge', preview: nothingMerged })).toBe(
			'Merged the backup: nothing in it was new or newer than this device’s records.'
		);
		const preview: MergePreview = {
			...nothingMerged,
			records: {
				...nothingMerged.records,
				people: { added: 1, updated: 2, removed: 0, kept: 0 },
				interactions: { added: 4, updated: 0, removed: 0, kept: 1 },
				leads: { added: 0, updated: 1, removed: 0, kept: 0 }
			},
			settings: { preferencesFrom: 'backup', added: { channels: 1, templates: 0, savedViews: 2 } }
		};
		expect(restoredMessage({ mode: 'merge', preview })).toBe(
			'Merged the backup: added 1 person, 4 interactions, 1 channel and 2 saved views; ' +
				'updated 2 people and 1 lead. Preferences are the backup’s.'
		);
	});
	it('a merge counts the backup’s deletions apart: removed, never added', () => {
		const one = restoredMessage({
			mode: 'merge',
			preview: {
				...nothingMerged,
				records: {
					...nothingMerged.records,
					people: { added: 2, updated: 0, removed: 1, kept: 0 }
				}
			}
		});
		expect(one).toBe(
			'Merged the backup: added 2 people; removed 1 person that was deleted in the backup.'
		);
		const many = restoredMessage({
			mode: 'merge',
			preview: {
				...nothingMerged,
				records: {
					...nothingMerged.records,
					people: { added: 0, updated: 0, removed: 1, kept: 3 },
					interactions: { added: 0, updated: 1, removed: 2, kept: 0 }
				}
			}
		});
		expect(removedText(nothingMerged.records)).toBe('');
		expect(many).toBe(
			'Merged the backup: updated 1 interaction; ' +
				'removed 1 person and 2 interactions that were deleted in the backup.'
		);
	});
});

/** A record as the merge plan sees it: its id, when it was last written and whether deleted. */
const row = (id: string, day: number, deleted = false) => {
	const at = `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;
	return { id, updatedAt: at, deletedAt: deleted ? at : null };
};
const noRows = { people: [], organisations: [], interactions: [], exchanges: [], leads: [] };

describe('the merge plan counts records a person sees', () => {
	it('live records as added or updated, deletions as removed, and no-op deletions not at all', () => {
		const device = {
			...noRows,
			people: [
				row('updated', 1),
				row('removed', 1),
				row('kept-deleted-later-in-file', 2),
				row('deleted-here-restored-by-file', 1, true),
				row('deleted-here-since', 2, true),
				row('deleted-on-both-sides', 1, true),
				row('only-here', 1)
			]
		};
		const backup = {
			...noRows,
			people: [
				row('updated', 2),
				row('removed', 2, true),
				row('kept-deleted-later-in-file', 1, true),
				row('deleted-here-restored-by-file', 2),
				row('deleted-here-since', 1),
				row('deleted-on-both-sides', 3, true),
				row('new', 1),
				row('never-here', 1, true)
			],
			// Three deletions of interactions this device never had, and one new interaction.
			interactions: [row('x', 1, true), row('y', 1, true), row('z', 2, true), row('w', 1)]
		};
		const plan = planMerge(device, backup);
		expect(plan.people).toEqual({ added: 2, updated: 1, removed: 1, kept: 2 });
		expect(plan.interactions).toEqual({ added: 1, updated: 0, removed: 0, kept: 0 });
		expect(plan.leads).toEqual({ added: 0, updated: 0, removed: 0, kept: 0 });
	});
});

describe('restoreBackup reports what it did', () => {
	// As after the first run: this device has settings of its own, the backup's copy of them.
	beforeEach(() => saveSettings({}));

	it('a merge of an older backup adds nothing and keeps what only this device has', async () => {
		const ana = await addPerson(personDraft({ name: 'Ana' }));
		await addInteraction(interactionDraft([ana.id]));
		const backup = await readOk((await exportBackup()).text);
		await addPerson(personDraft({ name: 'Added after the backup' }));

		const outcome = await restoreBackup(backup.data, 'merge');
		expect(outcome.mode === 'merge' && outcome.preview.records.people).toEqual({
			added: 0,
			updated: 0,
			removed: 0,
			kept: 1
		});
		expect(restoredMessage(outcome)).toBe(
			'Merged the backup: nothing in it was new or newer than this device’s records.'
		);
		expect((await countAll()).people).toBe(2);
	});

	it('a merge counts, as it runs, the records it brings in and the newer copies', async () => {
		const ana = await addPerson(personDraft({ name: 'Ana' }));
		const ben = await addPerson(personDraft({ name: 'Ben' }));
		const backup = await readOk((await exportBackup()).text);
		// Ben is only in the backup (this device never had him), and its copy of Ana is newer.
		await db().people.delete(ben.id);
		backup.data.people = backup.data.people.map((p) =>
			p.id === ana.id ? { ...p, title: 'Newer', updatedAt: '2099-01-01T00:00:00.000Z' } : p
		);

		const outcome = await restoreBackup(backup.data, 'merge');
		expect(restoredMessage(outcome)).toBe('Merged the backup: added 1 person; updated 1 person.');
	});

	it('a replace counts the live records it put here', async () => {
		const ana = await addPerson(personDraft({ name: 'Ana' }));
		const ben = await addPerson(personDraft({ name: 'Ben' }));
		await addInteraction(interactionDraft([ana.id]));
		await deletePerson(ben.id);
		const backup = await readOk((await exportBackup()).text);
		const outcome = await restoreBackup(backup.data, 'replace');
		expect(outcome).toEqual({
			mode: 'replace',
			counts: { ...none, people: 1, interactions: 1 }
		});
		expect(await countAll()).toEqual(outcome.mode === 'replace' ? outcome.counts : undefined);
	});

	it('a merge of a backup holding deletions says what it removed and adds only live records', async () => {
		await addPerson(personDraft({ name: 'Ana' }));
		const ben = await addPerson(personDraft({ name: 'Ben' }));
		const backup = await readOk((await exportBackup()).text);
		// As another device left it: Ben deleted there later, Dee added, and Eve added and deleted.
		const later = '2099-01-01T00:00:00.000Z';
		backup.data.people = [
			...backup.data.people.map((p) =>
				p.id === ben.id ? { ...p, deletedAt: later, updatedAt: later } : p
			),
			storedPerson({ name: 'Dee', id: 'dee' }),
			storedPerson({ name: 'Eve', id: 'eve', deletedAt: '2026-02-01T09:00:00.000Z' })
		];

		const preview = await previewMerge(backup.data);
		expect(preview.records.people).toEqual({ added: 1, updated: 0, removed: 1, kept: 1 });
		// Replace's question counts live records on both sides: Ben and Eve are deletions.
		expect(replaceWarning(await countAll(), liveCounts(backup.data))).toMatch(
			/^This device’s 2 people, .* will be replaced by the backup’s 2 people, /
		);

		const outcome = await restoreBackup(backup.data, 'merge');
		expect(outcome).toEqual({ mode: 'merge', preview });
		expect(restoredMessage(outcome)).toBe(
			'Merged the backup: added 1 person; removed 1 person that was deleted in the backup.'
		);
		expect((await countAll()).people).toBe(2);
		// The deletions travel: both are on the device as deleted records.
		const gone = (await db().people.toArray()).filter((p) => p.deletedAt !== null);
		expect(gone.map((p) => p.id).sort()).toEqual([ben.id, 'eve'].sort());
	});
});
