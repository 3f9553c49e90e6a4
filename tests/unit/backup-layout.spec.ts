import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../src/lib/domain/backup/format';
import { parseBackupLayout } from '../../src/lib/domain/backup/layout';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import { datasetArbitrary } from './backup-arbitraries';

const meta = { appVersion: '0.1.0', exportedAt: '2026-05-01T10:00:00.000Z' };
const text = serializeBackup(generateSampleData({ today: '2026-05-01' }), meta);

describe('line-at-a-time parsing of the backup layout', () => {
	it('gives exactly what JSON.parse gives, for any valid database', async () => {
		await fc.assert(
			fc.asyncProperty(datasetArbitrary, async (data) => {
				const file = serializeBackup(data, meta);
				expect(await parseBackupLayout(file)).toEqual(JSON.parse(file));
			}),
			{ numRuns: 60 }
		);
	});

	it('yields to the page between slices and reports progress', async () => {
		let pauses = 0;
		const progress: number[] = [];
		const value = await parseBackupLayout(text, {
			pause: async () => {
				pauses++;
			},
			onProgress: (f) => progress.push(f),
			sliceMs: 0
		});
		expect(value).toEqual(JSON.parse(text));
		expect(pauses).toBeGreaterThan(100);
		expect(progress.at(-1)).toBe(1);
	});

	it('keeps "__proto__" a plain own key, as JSON.parse does', async () => {
		const file = text.replace('{\n', '{\n\t"__proto__": {"polluted": true},\n');
		const value = (await parseBackupLayout(file)) as Record<string, unknown>;
		expect(Object.keys(value)).toContain('__proto__');
		expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(value).toEqual(JSON.parse(file));
	});

	it('accepts Windows line ends', async () => {
		expect(await parseBackupLayout(text.replaceAll('\n', '\r\n'))).toEqual(JSON.parse(text));
	});

	it('hands any other layout back to the whole-file parser', async () => {
		const others = [
			JSON.stringify(JSON.parse(text)),
			JSON.stringify(JSON.parse(text), null, 2),
			text.slice(0, text.length / 2),
			text.replace('\t\t{', '\t\t{,'),
			text.replace(/\},\n(\t\t\{)/, '}\n$1'), // a missing comma between records
			text.replace(/\}\n\t\]/, '},\n\t]'), // a trailing comma
			`${text}{}`,
			text.replace('"format": "rapport-backup",', '"format": "rapport-backup", "x": 1,'),
			''
		];
		for (const other of others) expect(await parseBackupLayout(other)).toBeUndefined();
	});
});
