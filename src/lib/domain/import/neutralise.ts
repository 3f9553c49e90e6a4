/**
 * CSV injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or
 * `@` (and some also after a leading tab or carriage return) as a formula. An
 * exported text cell that starts that way gets a leading single quote, which
 * spreadsheets read as "this is text". A cell that already starts with quotes
 * before such a character gets one more, so importing strips exactly one and
 * every text survives the round trip.
 */
const DANGEROUS = /^'*[=+\-@\t\r]/;

export function neutralise(cell: string): string {
	return DANGEROUS.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralise` on a cell read back from a file. */
export function unneutralise(cell: string): string {
	return cell.startsWith("'") && DANGEROUS.test(cell.slice(1)) ? cell.slice(1) : cell;
}
