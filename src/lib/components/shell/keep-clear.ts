import type { Attachment } from 'svelte/attachments';

/**
 * How far (in px) to raise a box fixed at the bottom of the screen, at `bottom` when not
 * raised, so that it does not cover `bar`: not at all when they do not overlap (the bar sits
 * higher up, with room for the box below it), else to just above the bar.
 */
export function liftClear(
	box: { top: number; bottom: number },
	bar: { top: number; bottom: number } | undefined,
	gap: number
): number {
	if (!bar || box.bottom <= bar.top || box.top >= bar.bottom) return 0;
	return box.bottom - bar.top + gap;
}

/**
 * Keeps a fixed box at the bottom of the screen (the toasts) off the page's sticky action bar
 * (a form's Save), wherever the bar is: stuck to the bottom of the screen, or higher up where
 * a short form ends. Sets `--lift` on the box, in px, for its CSS to raise it by. Measures on
 * scroll, resize and any change of the page's or the box's size, at most once a frame.
 */
export function keepClearOf(selector: string, gap = 8): Attachment<HTMLElement> {
	return (box) => {
		let lift = 0;
		let frame = 0;
		const measure = () => {
			frame = 0;
			// No toast: nothing to keep clear, and no layout read on every scroll of every page.
			if (!box.firstElementChild) {
				if (lift !== 0) box.style.setProperty('--lift', '0px');
				lift = 0;
				return;
			}
			const bar = document.querySelector(selector)?.getBoundingClientRect();
			const rect = box.getBoundingClientRect();
			// Where the box sits unraised.
			const bottom = rect.bottom + lift;
			const next = liftClear({ top: bottom - rect.height, bottom }, bar, gap);
			if (next !== lift) {
				lift = next;
				box.style.setProperty('--lift', `${Math.round(lift)}px`);
			}
		};
		const schedule = () => {
			if (frame === 0 && box.firstElementChild) frame = requestAnimationFrame(measure);
		};
		// Measured at once for a size change (a new toast is never drawn unlifted; the lift is a
		// transform, which changes no observed size). The page's content is watched as well as
		// the page: on a wide screen the page is at least a screen tall, and a short form can
		// grow or shrink inside it without changing its height.
		const observer = new ResizeObserver(measure);
		observer.observe(box);
		observer.observe(document.documentElement);
		const main = document.getElementById('main');
		if (main) observer.observe(main);
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule);
		measure();
		return () => {
			cancelAnimationFrame(frame);
			observer.disconnect();
			removeEventListener('scroll', schedule);
			removeEventListener('resize', schedule);
		};
	};
}
