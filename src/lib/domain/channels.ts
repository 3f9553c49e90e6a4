import { channelSchema } from './settings';

/**
 * Editing the channel list in Settings. Records keep a channel's id, never its
 * name, so renaming changes every lead, person and interaction at once and
 * history stays intact. A channel still in use cannot be removed (see
 * channelInUseMessage): its records would be left pointing at nothing.
 */
export type Channel = { id: string; name: string };

export type ChannelResult = { channels: Channel[] } | { error: string };

/** A readable, unique id from a name: "Podcast guest" → "podcast-guest". */
export function channelIdFor(name: string, existing: readonly Channel[]): string {
	const slug =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'channel';
	const taken = new Set(existing.map((c) => c.id));
	if (!taken.has(slug)) return slug;
	let n = 2;
	while (taken.has(`${slug}-${n}`)) n++;
	return `${slug}-${n}`;
}

function checkName(name: string, channels: readonly Channel[], except?: string): string | null {
	const parsed = channelSchema.shape.name.safeParse(name);
	if (!parsed.success) return parsed.error.issues[0]?.message ?? 'That name does not work.';
	const clash = channels.find(
		(c) => c.id !== except && c.name.toLowerCase() === parsed.data.toLowerCase()
	);
	return clash ? `There is already a channel called “${clash.name}”.` : null;
}

export function addChannel(channels: readonly Channel[], name: string): ChannelResult {
	const error = checkName(name, channels);
	if (error) return { error };
	if (channels.length >= 100) return { error: 'At most 100 channels.' };
	const trimmed = name.trim();
	return { channels: [...channels, { id: channelIdFor(trimmed, channels), name: trimmed }] };
}

export function renameChannel(
	channels: readonly Channel[],
	id: string,
	name: string
): ChannelResult {
	const error = checkName(name, channels, id);
	if (error) return { error };
	return { channels: channels.map((c) => (c.id === id ? { ...c, name: name.trim() } : c)) };
}

/** Moves a channel one place up (-1) or down (+1); the ends stay put. */
export function moveChannel(channels: readonly Channel[], id: string, by: -1 | 1): Channel[] {
	const from = channels.findIndex((c) => c.id === id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= channels.length) return [...channels];
	const next = [...channels];
	[next[from], next[to]] = [next[to]!, next[from]!];
	return next;
}

export type ChannelUsage = { leads: number; people: number; interactions: number };

/** Why a channel cannot go, or null when nothing uses it (and it is not the last one). */
export function channelInUseMessage(
	channel: Channel,
	usage: ChannelUsage,
	remaining: number
): string | null {
	if (remaining <= 1) return 'Keep at least one channel.';
	const parts = [
		[usage.leads, 'lead', 'leads'],
		[usage.people, 'person met there', 'people met there'],
		[usage.interactions, 'interaction', 'interactions']
	] as const;
	const used = parts
		.filter(([n]) => n > 0)
		.map(([n, one, many]) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`);
	if (used.length === 0) return null;
	return `“${channel.name}” is still used by ${used.join(', ')}, so it stays: removing it would leave them without a channel. Rename it instead, or move them to another channel first.`;
}

export function removeChannel(
	channels: readonly Channel[],
	id: string,
	usage: ChannelUsage
): ChannelResult {
	const channel = channels.find((c) => c.id === id);
	if (!channel) return { channels: [...channels] };
	const error = channelInUseMessage(channel, usage, channels.length);
	return error ? { error } : { channels: channels.filter((c) => c.id !== id) };
}
