import { toDay } from '$lib/domain/days';

/**
 * Today's date as a day string, kept current: an installed app can stay open
 * past midnight, and "due today" must move with it.
 */
class Clock {
	#today = $state(toDay(new Date()));

	constructor() {
		if (typeof window === 'undefined') return;
		setInterval(() => {
			const now = toDay(new Date());
			if (now !== this.#today) this.#today = now;
		}, 60_000);
	}

	get today(): string {
		return this.#today;
	}
}

export const clock = new Clock();
