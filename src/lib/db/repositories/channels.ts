import { removeChannel, type Channel, type ChannelUsage } from '../../domain/channels';
import type { Settings } from '../../domain/settings';
import { db } from '../database';
import { ValidationError } from '../errors';
import { guarded } from '../repository';
import { getSettings, patchSettings, saveSettings } from './settings';

/** Saves a new channel list (added, renamed or reordered channels). */
export function saveChannels(channels: Channel[]): Promise<Settings> {
	return saveSettings({ channels });
}

/** How many live leads, people and interactions name the channel. */
export function channelUsage(id: string): Promise<ChannelUsage> {
	return guarded(async () => {
		const d = db();
		const [leads, people, interactions] = await Promise.all([
			d.leads
				.where('channel')
				.equals(id)
				.filter((l) => l.deletedAt === null)
				.count(),
			d.people.filter((p) => p.deletedAt === null && p.metChannel === id).count(),
			d.interactions.filter((i) => i.deletedAt === null && i.channel === id).count()
		]);
		return { leads, people, interactions };
	});
}

/**
 * Removes a channel nothing uses, checking and saving in one transaction so a
 * lead added meanwhile in another tab cannot be left without its channel. The
 * result puts back that channel alone, in its place (for Undo): channels added,
 * renamed or moved since stay as they are.
 */
export async function deleteChannel(id: string): Promise<() => Promise<Settings>> {
	let removed: { channel: Channel; index: number } | undefined;
	await guarded(() => {
		const d = db();
		return d.transaction('rw', [d.settings, d.leads, d.people, d.interactions], async () => {
			const [settings, usage] = await Promise.all([getSettings(), channelUsage(id)]);
			const result = removeChannel(settings.channels, id, usage);
			if ('error' in result) throw new ValidationError({ channels: result.error }, 'The channel');
			const index = settings.channels.findIndex((c) => c.id === id);
			removed = index === -1 ? undefined : { channel: settings.channels[index]!, index };
			return saveSettings({ channels: result.channels });
		});
	});
	return () =>
		patchSettings(({ channels }) => {
			if (!removed || channels.some((c) => c.id === id)) return {};
			const back = [...channels];
			back.splice(Math.min(removed.index, back.length), 0, removed.channel);
			return { channels: back };
		});
}
