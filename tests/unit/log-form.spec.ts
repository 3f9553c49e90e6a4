import { describe, expect, it } from 'vitest';
import { interactionDraftSchema, interactionSchema } from '../../src/lib/domain/interaction';
import {
	emptyLogForm,
	interactionToForm,
	logFormToDraft,
	suggestedPeople
} from '../../src/lib/domain/log-form';
import { formatMoneyInput } from '../../src/lib/domain/money';
import { fieldErrors } from '../../src/lib/domain/validation';

describe('quick log form', () => {
	it('turns the common case into a valid coffee draft', () => {
		const { draft, costError } = logFormToDraft(
			{ ...emptyLogForm('2026-11-22', ['sam']), cost: '4.50' },
			'EUR'
		);
		expect(costError).toBeUndefined();
		expect(draft).toEqual({
			date: '2026-11-22',
			kind: 'coffee',
			personIds: ['sam'],
			durationMinutes: 45,
			cost: { amountMinor: 450, currency: 'EUR' },
			channel: null,
			note: '',
			followUpOn: null,
			followUpDone: false
		});
	});

	it('flags an amount it cannot read and passes a bad duration to the schema', () => {
		const { draft, costError } = logFormToDraft(
			{ ...emptyLogForm('2026-11-22', ['sam']), cost: 'six', duration: '4.5' },
			'EUR'
		);
		expect(costError).toBe('Enter an amount like 4.50.');
		expect(Number.isNaN(draft.durationMinutes)).toBe(true);
	});

	it('round-trips an existing interaction through the form', () => {
		const interaction = interactionSchema.parse({
			id: 'i1',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			date: '2026-03-02',
			kind: 'meeting',
			personIds: ['a', 'b'],
			durationMinutes: 90,
			cost: { amountMinor: 1205, currency: 'GBP' },
			channel: 'event',
			note: 'Board prep',
			followUpOn: '2026-03-09',
			followUpDone: true
		});
		const { draft } = logFormToDraft(interactionToForm(interaction), 'GBP');
		expect({ ...interaction, ...draft }).toEqual(interaction);
		expect(Object.keys(draft).sort()).toEqual(
			Object.keys(interaction)
				.filter((k) => !['id', 'createdAt', 'updatedAt', 'deletedAt'].includes(k))
				.sort()
		);
	});

	it('refuses a follow-up before the day of the interaction, on the Follow up on field', () => {
		const entry = (date: string, followUpOn: string) =>
			logFormToDraft({ ...emptyLogForm(date, ['sam']), followUpOn }, 'EUR').draft;
		const check = interactionDraftSchema.safeParse(entry('2026-11-20', '2026-11-10'));
		expect(check.success).toBe(false);
		expect(fieldErrors(check.error!)).toEqual({
			followUpOn: 'Follow up on or after the day of the interaction.'
		});
		// The same day and any later day are fine, and so is no follow-up at all.
		expect(interactionDraftSchema.safeParse(entry('2026-11-20', '2026-11-20')).success).toBe(true);
		expect(interactionDraftSchema.safeParse(entry('2026-11-20', '2026-12-01')).success).toBe(true);
		expect(interactionDraftSchema.safeParse(entry('2026-11-20', '')).success).toBe(true);
		// An empty date says so on the date alone, not on the follow-up too.
		expect(
			Object.keys(fieldErrors(interactionDraftSchema.safeParse(entry('', '2026-11-10')).error!))
		).toEqual(['date']);
	});

	it('asks the same when an interaction stored with an earlier follow-up is edited, and still restores it', () => {
		const stored = {
			id: 'i1',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			date: '2026-11-20',
			kind: 'call',
			personIds: ['sam'],
			followUpOn: '2026-11-10'
		};
		// Backups and restores read records with the stored schema: a row saved before the rule loads.
		const interaction = interactionSchema.parse(stored);
		const { draft } = logFormToDraft(interactionToForm(interaction), 'EUR');
		expect(fieldErrors(interactionDraftSchema.safeParse(draft).error!).followUpOn).toBe(
			'Follow up on or after the day of the interaction.'
		);
		// Marked done, it is never overdue: the old entry can be edited as it is.
		const done = interactionToForm(interactionSchema.parse({ ...stored, followUpDone: true }));
		expect(interactionDraftSchema.safeParse(logFormToDraft(done, 'EUR').draft).success).toBe(true);
	});

	it('formats amounts back for editing', () => {
		expect(formatMoneyInput({ amountMinor: 5, currency: 'EUR' })).toBe('0.05');
		expect(formatMoneyInput({ amountMinor: -1234, currency: 'EUR' })).toBe('-12.34');
		expect(formatMoneyInput({ amountMinor: 1500, currency: 'JPY' })).toBe('1500');
	});

	it('suggests recent and frequent people, interleaved, without repeats', () => {
		expect(suggestedPeople(['a', 'b', 'c'], ['x', 'a', 'y'], 5)).toEqual(['a', 'x', 'b', 'c', 'y']);
		expect(suggestedPeople([], ['x'], 8)).toEqual(['x']);
	});
});
