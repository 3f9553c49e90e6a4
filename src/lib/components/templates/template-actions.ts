import type { TemplatePatch } from '$lib/domain/template-patches';
import { applyTemplate } from '$lib/domain/templates';

/**
 * The plan/apply pair a form hands to TemplatePicker. It remembers what the form
 * started with plus what templates filled since (`pristine`), so a second
 * template may replace the first one's values without asking, but never what
 * the user typed.
 */
export function templateActions<V extends object>(options: {
	initial: V;
	/** A plain snapshot of the form's values now. */
	read: () => V;
	write: (values: V) => void;
	patchFor: (templateId: string) => TemplatePatch<V> | undefined;
	labels: Record<keyof V, string>;
	/**
	 * What the form filled in itself from another field (a lead's channel guessed from its
	 * referrer), as it is now: a template replaces it without asking, as it would an empty field.
	 */
	guessed?: () => Partial<V>;
}) {
	let pristine = structuredClone(options.initial);

	function run(templateId: string) {
		const found = options.patchFor(templateId);
		if (!found) return undefined;
		const untouched = { ...pristine, ...options.guessed?.() };
		return {
			result: applyTemplate(options.read(), untouched, found.patch),
			skipped: found.skipped
		};
	}

	return {
		plan(templateId: string) {
			const outcome = run(templateId);
			return {
				conflicts: outcome?.result.conflicts.map((k) => options.labels[k]) ?? [],
				skipped: outcome?.skipped ?? []
			};
		},
		apply(templateId: string, overwrite: boolean) {
			const outcome = run(templateId);
			if (!outcome) return;
			options.write(overwrite ? outcome.result.overwritten : outcome.result.values);
			pristine = overwrite ? outcome.result.initialOverwritten : outcome.result.initial;
		},
		/** After a save or "start over": the form's new starting values. */
		reset(initial: V) {
			pristine = structuredClone(initial);
		}
	};
}
