export type Toast = { id: number; message: string; undo?: () => Promise<unknown> };

const VISIBLE_MS = 10_000;

/** Short confirmations at the bottom of the screen, with an optional Undo. */
class Toasts {
	#items = $state.raw<Toast[]>([]);
	#next = 1;

	get items(): Toast[] {
		return this.#items;
	}

	#paused = false;
	#expired = new Set<number>();

	show(message: string, undo?: () => Promise<unknown>) {
		const toast: Toast = { id: this.#next++, message, undo };
		this.#items = [...this.#items.slice(-2), toast];
		setTimeout(() => this.#expire(toast.id), undo ? VISIBLE_MS * 1.5 : VISIBLE_MS);
	}

	/** While someone is reading or reaching for a toast (hover, focus), it stays. */
	pause(paused: boolean) {
		this.#paused = paused;
		if (!paused) {
			for (const id of this.#expired) this.dismiss(id);
			this.#expired.clear();
		}
	}

	#expire(id: number) {
		if (this.#paused) this.#expired.add(id);
		else this.dismiss(id);
	}

	dismiss(id: number) {
		this.#items = this.#items.filter((t) => t.id !== id);
	}

	async undo(toast: Toast) {
		this.dismiss(toast.id);
		try {
			await toast.undo?.();
			this.show('Undone.');
		} catch (error) {
			this.show(`Could not undo: ${error instanceof Error ? error.message : String(error)}`);
		}
	}
}

export const toasts = new Toasts();
