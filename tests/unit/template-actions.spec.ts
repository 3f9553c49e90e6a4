import { describe, expect, it } from 'vitest';
import { templateActions } from '../../src/lib/components/templates/template-actions';

type Values = { title: string; channel: string };

function form(guess?: () => Partial<Values>) {
	let values: Values = { title: '', channel: '' };
	const actions = templateActions<Values>({
		initial: { ...values },
		read: () => ({ ...values }),
		write: (next) => (values = next),
		labels: { title: 'What is it?', channel: 'Channel' },
		patchFor: () => ({ patch: { channel: 'event', title: 'Workshop' }, skipped: [] }),
		guessed: guess
	});
	return {
		actions,
		set: (next: Partial<Values>) => (values = { ...values, ...next }),
		get: () => values
	};
}

describe('templateActions', () => {
	it('asks before replacing a channel the user chose', () => {
		const f = form();
		f.set({ channel: 'referral' });
		expect(f.actions.plan('t').conflicts).toEqual(['Channel']);
		f.actions.apply('t', false);
		expect(f.get()).toEqual({ title: 'Workshop', channel: 'referral' });
	});

	it("replaces the form's own guess without asking, as it would an empty field", () => {
		const guess = 'referral';
		const f = form(() => (f.get().channel === guess ? { channel: guess } : {}));
		f.set({ channel: 'referral' });
		expect(f.actions.plan('t').conflicts).toEqual([]);
		f.actions.apply('t', false);
		expect(f.get()).toEqual({ title: 'Workshop', channel: 'event' });
		// Chosen by the user afterwards: theirs, asked about.
		f.set({ channel: 'online' });
		expect(f.actions.plan('t').conflicts).toEqual(['Channel']);
	});
});
