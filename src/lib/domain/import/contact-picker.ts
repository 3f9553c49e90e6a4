import type { SourceTable } from './fields';

/** What Android's Contact Picker returns for each chosen contact (every property a list). */
export type PickedContact = {
	name?: string[];
	email?: string[];
	tel?: string[];
	address?: { city?: string; country?: string }[];
};

/** The properties Rapport asks the picker for, among those the browser offers. */
export const PICKER_PROPERTIES = ['name', 'email', 'tel', 'address'] as const;

/** Picked contacts as a table with the same columns a vCard gives. */
export function pickedToTable(contacts: readonly PickedContact[]): SourceTable {
	const list = (xs: string[] | undefined) => (xs ?? []).map((x) => x.trim()).filter(Boolean);
	return {
		headers: ['Name', 'Email', 'Phone', 'Location'],
		rows: contacts.map((c) => [
			list(c.name)[0] ?? '',
			list(c.email).join(' ::: '),
			list(c.tel).join(' ::: '),
			[
				...new Set(
					(c.address ?? []).flatMap((a) => [a.city ?? '', a.country ?? '']).filter(Boolean)
				)
			].join(', ')
		]),
		format: 'Contacts from this phone',
		unit: 'contact'
	};
}
