import { parse, isValid } from 'date-fns';
import { toDay } from '../days';

const FORMATS = [
	'yyyy-MM-dd',
	'yyyy/MM/dd',
	'yyyyMMdd',
	'd MMM yyyy',
	'd MMMM yyyy',
	'MMM d, yyyy',
	'MMMM d, yyyy',
	'd-MMM-yy',
	'd-MMM-yyyy'
];

/**
 * A day from the date shapes exports use: ISO, LinkedIn's "12 Mar 2024",
 * "Mar 12, 2024". Slashed day/month orders (03/04/2024) are ambiguous and are
 * refused rather than guessed. Returns undefined when the text is not a date.
 */
export function parseImportDay(text: string): string | undefined {
	const value = text.trim();
	if (value === '') return undefined;
	// An ISO timestamp keeps its date part.
	const iso = /^(\d{4}-\d{2}-\d{2})T/.exec(value);
	if (iso) return iso[1];
	for (const shape of FORMATS) {
		const date = parse(value, shape, new Date(2000, 0, 1));
		if (isValid(date) && date.getFullYear() >= 1000) return toDay(date);
	}
	return undefined;
}
