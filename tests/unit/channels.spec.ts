import { describe, expect, it } from 'vitest';
import { deleteChannel, saveChannels } from '../../src/lib/db/repositories/channels';
import { addLead, deleteLead } from '../../src/lib/db/repositories/leads';
import { addPerson } from '../../src/lib/db/repositories/people';
import { getSettings } from '../../src/lib/db/repositories/settings';
import {
	addChannel,
	channelIdFor,
	moveChannel,
	removeChannel,
	renameChannel
} from '../../src/lib/domain/channels';
import { DEFAULT_CHANNELS } from '../../src/lib/domain/vocabulary';
import { personDraft } from './factories';

const base = [
	{ id: 'blog', name: 'Blog' },
	{ id: 'event', name: 'Event / meetup' },
	{ id: 'other', name: 'Other' }
];
const unused = { leads: 0, people: 0, interactions: 0 };

describe('channel list', () => {
	it('makes readable, unique ids', () => {
		expect(channelIdFor('Podcast guest', base)).toBe('podcast-guest');
		expect(channelIdFor('Blog', base)).toBe('blog-2');
		expect(channelIdFor('Événement à Lisbonne', base)).toBe('evenement-a-lisbonne');
		expect(channelIdFor('☕', base)).toBe('channel');
	});

	it('adds, refusing empty and duplicate names', () => {
		expect(addChannel(base, '  Podcast ')).toEqual({
			channels: [...base, { id: 'podcast', name: 'Podcast' }]
		});
		expect(addChannel(base, '   ')).toEqual({ error: 'A channel needs a name.' });
		expect(addChannel(base, 'blog')).toEqual({
			error: 'There is already a channel called “Blog”.'
		});
	});

	it('renames without changing the id', () => {
		expect(renameChannel(base, 'blog', 'Newsletter')).toEqual({
			channels: [{ id: 'blog', name: 'Newsletter' }, base[1], base[2]]
		});
		// Changing only the case of its own name is fine.
		expect(renameChannel(base, 'blog', 'BLOG')).toHaveProperty('channels');
		expect(renameChannel(base, 'blog', 'Other')).toHaveProperty('error');
	});

	it('moves up and down, the ends staying put', () => {
		expect(moveChannel(base, 'event', -1).map((c) => c.id)).toEqual(['event', 'blog', 'other']);
		expect(moveChannel(base, 'event', 1).map((c) => c.id)).toEqual(['blog', 'other', 'event']);
		expect(moveChannel(base, 'blog', -1)).toEqual(base);
		expect(moveChannel(base, 'other', 1)).toEqual(base);
	});

	it('removes only what nothing uses, and never the last one', () => {
		expect(removeChannel(base, 'blog', unused)).toEqual({ channels: [base[1], base[2]] });
		const used = removeChannel(base, 'blog', { leads: 3, people: 1, interactions: 0 });
		expect(used).toEqual({
			error:
				'“Blog” is still used by 3 leads, 1 person met there, so it stays: removing it would leave them without a channel. Rename it instead, or move them to another channel first.'
		});
		expect(removeChannel([base[0]!], 'blog', unused)).toEqual({
			error: 'Keep at least one channel.'
		});
	});
});

describe('channels in storage', () => {
	it('starts with the default channels', async () => {
		expect((await getSettings()).channels).toEqual(DEFAULT_CHANNELS.map((c) => ({ ...c })));
	});

	it('keeps history on rename and refuses to remove a channel in use', async () => {
		const lead = await addLead({ title: 'Talk', channel: 'blog', firstContactOn: '2026-03-01' });
		const settings = await getSettings();
		const renamed = renameChannel(settings.channels, 'blog', 'Newsletter');
		if ('error' in renamed) throw new Error(renamed.error);
		await saveChannels(renamed.channels);
		expect((await getSettings()).channels.find((c) => c.id === 'blog')?.name).toBe('Newsletter');

		await expect(deleteChannel('blog')).rejects.toThrow(/still used by 1 lead/);
		await addPerson(personDraft({ metChannel: 'event' }));
		await expect(deleteChannel('event')).rejects.toThrow(/1 person met there/);
		expect((await getSettings()).channels.some((c) => c.id === 'blog')).toBe(true);

		// A deleted lead no longer holds its channel.
		await deleteLead(lead.id);
		await deleteChannel('blog');
		expect((await getSettings()).channels.some((c) => c.id === 'blog')).toBe(false);
	});

	it('undoing a removal puts back that channel alone, in its place, keeping changes made since', async () => {
		const start = (await getSettings()).channels;
		const index = start.findIndex((c) => c.id === 'blog');
		const undo = await deleteChannel('blog');
		// While the toast is up (or in another tab): a channel added and used, another renamed.
		const added = addChannel((await getSettings()).channels, 'Podcast');
		if ('error' in added) throw new Error(added.error);
		await saveChannels(added.channels);
		const podcast = added.channels.at(-1)!;
		await addLead({ title: 'Guest spot', channel: podcast.id, firstContactOn: '2026-03-01' });
		const renamed = renameChannel((await getSettings()).channels, 'event', 'Conferences');
		if ('error' in renamed) throw new Error(renamed.error);
		await saveChannels(renamed.channels);

		await undo();
		const after = (await getSettings()).channels;
		expect(after[index]).toEqual(start[index]);
		expect(after.find((c) => c.id === podcast.id)?.name).toBe('Podcast');
		expect(after.find((c) => c.id === 'event')?.name).toBe('Conferences');
		expect(after).toHaveLength(start.length + 1);
		// Undone twice (two taps, or two tabs): still one of it.
		await undo();
		expect((await getSettings()).channels.filter((c) => c.id === 'blog')).toHaveLength(1);
	});
});
