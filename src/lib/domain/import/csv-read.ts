import Papa from 'papaparse';
import { describeFormat, type SourceTable } from './fields';
import { yieldToMain } from '../../yield';

export const MAX_IMPORT_ROWS = 50_000;

/** A file that cannot be imported as it is; the message says why and what to do. */
export class ImportFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportFileError';
	}
}

/**
 * Reads a spreadsheet export into rows of text. papaparse does the CSV work
 * (quoted fields with newlines, CRLF, a guessed `,` `;` or tab delimiter); the
 * text is fed to it in slices with a pause between them, so a large file never
 * holds the page for long.
 */
/**
 * A binary file read as text: a NUL, or many control characters (other than tab and line
 * ends) or undecodable bytes (U+FFFD), in its first few kilobytes. Text has neither, in
 * UTF-8 or in the Windows encoding the reader falls back to.
 */
function looksBinary(text: string): boolean {
	const head = text.slice(0, 8192);
	if (head.includes('\u0000')) return true;
	let odd = 0;
	for (let i = 0; i < head.length; i++) {
		const code = head.charCodeAt(i);
		if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) odd++;
	}
	return odd > 8 && odd > head.length / 50;
}

const DELIMITERS = [',', ';', '\t', '|'];

export async function readCsv(text: string, chunkSize = 256 * 1024): Promise<SourceTable> {
	const input = text.replace(/^\uFEFF/, '');
	if (input.trim() === '') throw new ImportFileError('The file is empty.');
	if (looksBinary(input)) {
		throw new ImportFileError(
			'This is not a text file of rows (it may be an Excel .xlsx, a PDF or an image). In your spreadsheet, choose Save as or Download, then CSV, and import that file.'
		);
	}
	const rows: string[][] = [];
	/** Each kept row's number as a spreadsheet shows it (blank rows count, as they show). */
	const rowNumbers: number[] = [];
	let records = 0;
	let unclosedQuoteAt: number | undefined;
	// The delimiter is guessed from the opening rows without blank lines (which would count
	// as one-cell rows, and make a double-spaced ";" file read as one column).
	const delimiter = Papa.parse<string[]>(input.slice(0, 64 * 1024), {
		preview: 30,
		skipEmptyLines: 'greedy',
		delimitersToGuess: DELIMITERS
	}).meta.delimiter;
	await new Promise<void>((resolve, reject) => {
		// The types only allow `chunk` for files and workers; papaparse accepts it for strings too.
		const config = {
			chunkSize,
			// Blank rows are dropped below, after counting them: row numbers match the spreadsheet's.
			skipEmptyLines: false,
			delimiter,
			chunk(result: Papa.ParseResult<string[]>, parser: Papa.Parser) {
				for (const error of result.errors) {
					// Only a quote still open at the very end is fatal; slices may end mid-cell.
					if (error.code === 'MissingQuotes') unclosedQuoteAt ??= records + (error.row ?? 0) + 1;
				}
				for (const row of result.data) {
					records++;
					if (row.every((cell) => cell.trim() === '')) continue;
					rows.push(row);
					rowNumbers.push(records);
				}
				if (rows.length > MAX_IMPORT_ROWS + 20) {
					parser.abort();
					return;
				}
				parser.pause();
				void yieldToMain().then(() => parser.resume());
			},
			complete: () => resolve(),
			error: (error: Error) => reject(error)
		};
		Papa.parse<string[]>(input, config as Papa.ParseConfig<string[]>);
	});
	if (unclosedQuoteAt !== undefined) {
		throw new ImportFileError(
			`A quoted cell is never closed (near record ${unclosedQuoteAt}), so the rest of the file cannot be read reliably. The file may be cut short: export it again.`
		);
	}
	const start = headerRow(rows);
	const body = rows.slice(start + 1);
	if (body.length > MAX_IMPORT_ROWS) {
		throw new ImportFileError(
			`The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows. Split it into smaller files and import them one after another.`
		);
	}
	let width = rows[start]?.length ?? 0;
	for (const r of body) if (r.length > width) width = r.length;
	const head = rows[start] ?? [];
	const headers = Array.from({ length: width }, (_, i) => {
		const name = (head[i] ?? '').trim();
		return name || `Column ${i + 1}`;
	});
	if (body.length === 0) throw new ImportFileError('The file has a header row but no people.');
	return {
		headers,
		rows: body.map((r) => (r.length === width ? r : [...r, ...Array(width - r.length).fill('')])),
		rowNumbers: rowNumbers.slice(start + 1),
		format: describeFormat(headers)
	};
}

const filledCells = (row: readonly string[]) => row.filter((c) => c.trim() !== '').length;

/** Column names, not a person: two or more filled cells, none an email or a number. */
const looksLikeHeader = (row: readonly string[]) =>
	filledCells(row) >= 2 && !row.some((c) => c.includes('@') || /\d{3}/.test(c));

/**
 * Exports sometimes start with notes or a title before the real header (LinkedIn's
 * "Notes:" paragraph; a spreadsheet's "My contacts,," padded to the table's width).
 * The header is the first of the opening rows with two or more filled cells. A row
 * with one filled cell among several ("Name,,") is the header too, unless a header
 * follows it: then it was a title, and a table whose other columns have no names
 * keeps its first person.
 */
function headerRow(rows: readonly string[][]): number {
	const limit = Math.min(rows.length, 10);
	for (let i = 0; i < limit; i++) {
		const row = rows[i] ?? [];
		const filled = filledCells(row);
		if (filled >= 2) return i;
		if (filled === 1 && row.length >= 2) {
			const next = rows.slice(i + 1, limit).find((r) => filledCells(r) >= 2);
			if (!next || !looksLikeHeader(next)) return i;
		}
	}
	return 0;
}
