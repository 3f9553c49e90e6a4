import type { DateOp, NumberOp } from './schema';

/** Words the filter builder shows for each operator (kept apart so settings never load them). */
export const NUMBER_OP_LABELS: Record<NumberOp, string> = {
	gt: 'more than',
	lt: 'less than',
	eq: 'equal to',
	between: 'between'
};

export const DATE_OP_LABELS: Record<DateOp, string> = {
	last: 'in the last',
	olderThan: 'older than',
	next: 'in the next',
	since: 'since',
	before: 'before',
	between: 'between',
	none: 'no date'
};
