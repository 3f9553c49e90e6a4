export type Toast = { id: number; message: string; undo?: () => Promise<unknown> };

const VISIBLE_MS = 10_000;

/** Short confirmations at the bottom of the screen, with an optional Undo. */
class Toasts {
	#items = $state.raw<Toast[]>([]);
	#next = 1;

	get items(): Toast[] {
		return this.#items;
	}

	show(message: string, undo?: () => Promise<unknown>) {
		const toast: Toast = { id: this.#next++, message, undo };
		this.#items = [...this.#items.slice(-2), toast];
		setTimeout(() => this.dismiss(toast.id), VISIBLE_MS);
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
