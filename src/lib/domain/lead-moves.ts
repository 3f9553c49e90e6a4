import type { LeadStatus } from './vocabulary';

/**
 * Where an open lead can go next from its page, in one tap: the next step of the pipeline
 * (saved at once) and, for any open lead, won or lost (which ask for a value or a reason, so
 * they open the form with the status chosen). A closed lead is reopened from its form.
 */
export type LeadMoves = { next: LeadStatus | null; close: boolean };

const NEXT: Partial<Record<LeadStatus, LeadStatus>> = { new: 'talking', talking: 'proposal' };

export function leadMoves(status: LeadStatus): LeadMoves {
	const open = status !== 'won' && status !== 'lost';
	return { next: NEXT[status] ?? null, close: open };
}

/** A status named in an address (`?status=won`) that the form may start from, or undefined. */
export function closingStatus(text: string | null): 'won' | 'lost' | undefined {
	return text === 'won' || text === 'lost' ? text : undefined;
}
