import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { whatsNewSchema } from './schema.js';

const ID = 'virtual:whats-new-latest';
const RESOLVED = `\0${ID}`;
const FILE = fileURLToPath(new URL('./entries.json', import.meta.url));

/**
 * Serves `virtual:whats-new-latest`: the newest entry's id and date only, so the
 * navigation's marker costs a few bytes instead of the whole changelog. The
 * entries are validated here, so a bad edit fails the build (and the dev server).
 */
export function whatsNewLatest(): Plugin {
	return {
		name: 'rapport-whats-new-latest',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return undefined;
			this.addWatchFile(FILE);
			const parsed = whatsNewSchema.safeParse(JSON.parse(readFileSync(FILE, 'utf8')));
			if (!parsed.success) {
				throw new Error(`src/lib/whats-new/entries.json: ${parsed.error.message}`);
			}
			const newest = parsed.data[0]!;
			return `export const latestId = ${JSON.stringify(newest.id)};\nexport const latestDate = ${JSON.stringify(newest.date)};\n`;
		}
	};
}
