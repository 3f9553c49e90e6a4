import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/domain/import/csv-read';
import { exportTable, toCsv, type ExportData } from '../../src/lib/domain/import/export-csv';
import { neutralise, unneutralise } from '../../src/lib/domain/import/neutralise';
import { generateSampleData } from '../../src/lib/domain/sample/generate';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];

describe('CSV injection', () => {
	it('prefixes cells that a spreadsheet would run as a formula', () => {
		expect(neutralise('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
		expect(neutralise('+44 20 7946 0123')).toBe("'+44 20 7946 0123");
		expect(neutralise('-1')).toBe("'-1");
		expect(neutralise('@cmd')).toBe("'@cmd");
		expect(neutralise('\t=1')).toBe("'\t=1");
		expect(neutralise('\r=1')).toBe("'\r=1");
		expect(neutralise("'=1")).toBe("''=1");
		expect(neutralise('Sam = great')).toBe('Sam = great');
		expect(neutralise('')).toBe('');
	});

	it('never leaves a dangerous first character, and import undoes it exactly', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const safe = neutralise(text);
				expect(DANGEROUS.includes(safe[0] ?? '')).toBe(false);
				expect(unneutralise(safe)).toBe(text);
			}),
			{ numRuns: 2000 }
		);
	});

	it('round-trips any text through export and the CSV reader', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.tuple(
						fc.string().filter((s) => s.trim() !== ''),
						fc.string()
					),
					{
						minLength: 1,
						maxLength: 8
					}
				),
				async (rows) => {
					const csv = await toCsv({ fields: ['Name', 'Notes'], rows });
					const table = await readCsv(csv);
					const expected = rows.map(([a, b]) => [a, b]);
					const read = table.rows.map((r) => r.map(unneutralise));
					expect(read).toEqual(expected);
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('CSV export', () => {
	const data: ExportData = generateSampleData({ today: '2026-03-01' });

	it('starts with a BOM, uses CRLF and readable headers', async () => {
		const csv = await toCsv(exportTable('people', data));
		expect(csv.startsWith('\uFEFFName,Organisations,Title,Emails,Phones')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(data.people.length + 2);
	});

	it('writes names instead of ids, dates as YYYY-MM-DD and money in major units', () => {
		const leads = exportTable('leads', data);
		const won = data.leads.find((l) => l.wonValue !== null && l.referrerId !== null)!;
		const row = leads.rows[data.leads.indexOf(won)]!;
		const col = (name: string) => row[leads.fields.indexOf(name)];
		expect(col('Referred by')).toBe(data.people.find((p) => p.id === won.referrerId)?.name);
		expect(col('First contact')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(col('Won value')).toBe(
			`${Math.floor(won.wonValue!.amountMinor / 100)}.${String(won.wonValue!.amountMinor % 100).padStart(2, '0')}`
		);
		expect(col('Won currency')).toBe(won.wonValue!.currency);

		const interactions = exportTable('interactions', data);
		const first = data.interactions[0]!;
		const people = interactions.rows[0]![interactions.fields.indexOf('People')] as string;
		for (const id of first.personIds) {
			expect(people).toContain(data.people.find((p) => p.id === id)!.name);
		}
		const exchanges = exportTable('exchanges', data);
		expect(exchanges.rows).toHaveLength(data.exchanges.length);
		expect(exchanges.fields).toContain('Currency');
	});

	it('leaves deleted records out and neutralises text cells only', async () => {
		const [a, b] = data.people;
		const small: ExportData = {
			...data,
			people: [
				{ ...a!, name: '=HYPERLINK("http://evil")', phones: ['+44 20 7946 0123'], cadenceDays: 14 },
				{ ...b!, deletedAt: '2026-01-01T00:00:00.000Z' }
			]
		};
		const csv = await toCsv(exportTable('people', small));
		const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
		expect(parsed.data).toHaveLength(2);
		const [header, row] = parsed.data as [string[], string[]];
		expect(row[header.indexOf('Name')]).toBe('\'=HYPERLINK("http://evil")');
		expect(row[header.indexOf('Phones')]).toBe("'+44 20 7946 0123");
		expect(row[header.indexOf('Keep in touch every (days)')]).toBe('14');
	});
});
