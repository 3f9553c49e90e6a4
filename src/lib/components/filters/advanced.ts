/**
 * Everything the advanced filters need, in one chunk that lists load only
 * when someone switches to Advanced or opens an address with filters.
 */
export { default as FilterBuilder } from './FilterBuilder.svelte';
export { applyFilters } from '$lib/domain/filters/evaluate';
export { withIds, withoutIds } from '$lib/domain/filters/edit';
export { readFilterParams } from '$lib/domain/filters/url';
export { PEOPLE_FIELDS } from '$lib/domain/filters/people';
export { INTERACTION_FIELDS } from '$lib/domain/filters/interactions';
export { LEAD_FIELDS } from '$lib/domain/filters/leads';
