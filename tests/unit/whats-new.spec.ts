import { describe, expect, it } from 'vitest';
import entries from '../../src/lib/whats-new/entries.json';
import { whatsNewLatest } from '../../src/lib/whats-new/plugin';
import { unseenIds, whatsNewSchema, type WhatsNewEntry } from '../../src/lib/whats-new/schema';
// Through the same plugin the app is built with (vitest uses vite.config.ts).
import { latestDate, latestId } from 'virtual:whats-new-latest';

const entry = (id: string, date: string): WhatsNewEntry => ({
	id,
	date,
	title: id,
	body: ['Text.']
});

describe("What's new entries", () => {
	it('entries.json is valid: ids unique, newest first, text only', () => {
		const parsed = whatsNewSchema.safeParse(entries);
		expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
	});

	it('the generated module names the newest entry', () => {
		expect(latestId).toBe(entries[0]!.id);
		expect(latestDate).toBe(entries[0]!.date);
		const plugin = whatsNewLatest();
		const load = plugin.load as (this: unknown, id: string) => string;
		const code = load.call({ addWatchFile() {} }, '\0virtual:whats-new-latest');
		expect(code).toContain(JSON.stringify(entries[0]!.id));
		expect(code).not.toContain(entries[0]!.title);
	});

	it('refuses entries out of order, duplicate ids, HTML-looking ids and empty bodies', () => {
		const a = entry('2026-11-23-a', '2026-11-23');
		const b = entry('2026-11-20-b', '2026-11-20');
		expect(whatsNewSchema.safeParse([a, b]).success).toBe(true);
		expect(whatsNewSchema.safeParse([b, a]).success).toBe(false);
		expect(whatsNewSchema.safeParse([a, { ...b, id: a.id }]).success).toBe(false);
		expect(whatsNewSchema.safeParse([{ ...a, id: '<b>x</b>' }]).success).toBe(false);
		expect(whatsNewSchema.safeParse([{ ...a, body: [] }]).success).toBe(false);
		expect(whatsNewSchema.safeParse([{ ...a, body: [{ html: '<p>' }] }]).success).toBe(false);
		expect(whatsNewSchema.safeParse([{ ...a, date: '23/11/2026' }]).success).toBe(false);
		expect(whatsNewSchema.safeParse([]).success).toBe(false);
	});

	it('unseen entries are those before the last one seen; all before the first visit', () => {
		const list = [
			entry('c-3', '2026-03-01'),
			entry('b-2', '2026-02-01'),
			entry('a-1', '2026-01-01')
		];
		expect(unseenIds(list, null)).toEqual(['c-3', 'b-2', 'a-1']);
		expect(unseenIds(list, 'b-2')).toEqual(['c-3']);
		expect(unseenIds(list, 'c-3')).toEqual([]);
		expect(unseenIds(list, 'gone')).toEqual(['c-3', 'b-2', 'a-1']);
	});
});
