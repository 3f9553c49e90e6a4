import type { Entity, FilterSpec, SavedView } from '../../domain/filters/schema';
import { dropView, putView } from '../../domain/filters/views';
import { ValidationError } from '../errors';
import { newId } from '../repository';
import { patchSettings } from './settings';

/**
 * Saves the filters as a named view of one list, in Settings (so backups carry
 * it). Same name on the same list replaces that view. One transaction.
 */
export async function saveView(
	entity: Entity,
	name: string,
	filters: readonly FilterSpec[]
): Promise<{ view: SavedView; replaced: boolean }> {
	let result: { view: SavedView; replaced: boolean } | undefined;
	await patchSettings((current) => {
		const change = putView(current.savedViews, entity, name, filters, newId);
		if (!change.ok) throw new ValidationError({ name: change.message }, 'The view');
		result = { view: change.view, replaced: change.replaced };
		return { savedViews: change.views };
	});
	return result!;
}

export async function deleteView(id: string): Promise<void> {
	await patchSettings((current) => ({ savedViews: dropView(current.savedViews, id) }));
}
