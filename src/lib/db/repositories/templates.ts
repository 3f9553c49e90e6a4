import {
	templateNameKey,
	templateSchema,
	upsertTemplate,
	type RecordTemplate
} from '../../domain/templates';
import { newId, validate } from '../repository';
import { patchSettings } from './settings';

/** Adds a template, or replaces the one with the same id. Returns the stored template. */
export async function saveTemplate(
	template: Omit<RecordTemplate, 'id'> & { id?: string }
): Promise<RecordTemplate> {
	const checked = validate(
		templateSchema,
		{ ...template, id: template.id ?? newId() },
		'The template'
	);
	await patchSettings((s) => ({ templates: upsertTemplate(s.templates, checked) }));
	return checked;
}

/** Adds several templates at once (the examples), skipping names already in use. */
export async function addTemplates(
	templates: Omit<RecordTemplate, 'id'>[]
): Promise<RecordTemplate[]> {
	const added: RecordTemplate[] = [];
	await patchSettings((s) => {
		const taken = new Set(s.templates.map(templateNameKey));
		const fresh = templates
			.filter((t) => !taken.has(templateNameKey(t)))
			.map((t) => validate(templateSchema, { ...t, id: newId() }, 'The template'));
		added.splice(0, added.length, ...fresh);
		return { templates: [...s.templates, ...fresh] };
	});
	return added;
}

/** Removes a template; the result restores it in its place (for Undo). */
export async function deleteTemplate(id: string): Promise<() => Promise<unknown>> {
	let removed: { template: RecordTemplate; index: number } | undefined;
	await patchSettings((s) => {
		const index = s.templates.findIndex((t) => t.id === id);
		removed = index === -1 ? undefined : { template: s.templates[index]!, index };
		return { templates: s.templates.filter((t) => t.id !== id) };
	});
	return () =>
		patchSettings((s) => {
			if (!removed || s.templates.some((t) => t.id === id)) return {};
			const templates = [...s.templates];
			templates.splice(Math.min(removed.index, templates.length), 0, removed.template);
			return { templates };
		});
}
