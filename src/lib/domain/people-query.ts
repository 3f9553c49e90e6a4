import { nextDueOn } from './cadence';
import type { LedgerTotals } from './ledger';
import { ledgerOf, type Ledger, type LedgerStatus } from './ledger-status';
import type { LedgerRules } from './ledger-value';
import { compareNames } from './names';
import type { Organisation } from './organisation';
import type { Person } from './person';
import { matchesWords, searchWords } from './people-search';
import type { Role } from './vocabulary';

export const PEOPLE_SORTS = ['name', 'lastContact', 'nextDue', 'balance'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];
export const PEOPLE_SORT_LABELS: Record<PeopleSort, string> = {
	name: 'Name',
	lastContact: 'Last contact',
	nextDue: 'Next due',
	balance: 'Balance (you owe most first)'
};

export type PeopleQuery = {
	search: string;
	role: Role | '';
	tag: string;
	organisationId: string;
	status: LedgerStatus | '';
	sort: PeopleSort;
};

export const EMPTY_PEOPLE_QUERY: PeopleQuery = {
	search: '',
	role: '',
	tag: '',
	organisationId: '',
	status: '',
	sort: 'name'
};

export type PersonRow = {
	person: Person;
	lastContactOn: string | null;
	nextDueOn: string | null;
	/** Give and take valued with the current settings ('none' when no ledger was given). */
	ledger: Ledger;
};

/** Per-person ledger sums and the settings that value them. */
export type LedgerInput = { totals: ReadonlyMap<string, LedgerTotals>; rules: LedgerRules };

const NO_LEDGER: LedgerInput = {
	totals: new Map(),
	rules: { hourlyRateMinor: 0, currency: 'EUR', weightMinutes: [], balancedWithinMinutes: 0 }
};

/**
 * Filters (search, role, tag, organisation) then sorts: by name; by last contact,
 * most recent first; or by next due, soonest first. Those without a date sort last.
 */
export function queryPeople(
	people: readonly Person[],
	organisations: ReadonlyMap<string, Organisation>,
	lastContact: ReadonlyMap<string, string>,
	query: PeopleQuery,
	ledger: LedgerInput = NO_LEDGER
): PersonRow[] {
	return filterRows(sortedRows(people, lastContact, query.sort, ledger), organisations, query);
}

/**
 * Everyone as list rows, in the chosen order. The slow part (sorting 10,000
 * names with a collator) depends only on the data and the sort, so a screen
 * computes it once and filters the sorted rows on each keystroke.
 */
export function sortedRows(
	people: readonly Person[],
	lastContact: ReadonlyMap<string, string>,
	sort: PeopleSort,
	ledger: LedgerInput = NO_LEDGER
): PersonRow[] {
	const rows = people.map((person) => {
		const lastContactOn = lastContact.get(person.id) ?? null;
		return {
			person,
			lastContactOn,
			nextDueOn: nextDueOn(person, lastContactOn),
			ledger: ledgerOf(ledger.totals.get(person.id), ledger.rules)
		};
	});
	const byName = (a: PersonRow, b: PersonRow) => compareNames(a.person.name, b.person.name);
	const nullsLast = (a: string | null, b: string | null, descending: boolean) => {
		if (a === b) return 0;
		if (a === null) return 1;
		if (b === null) return -1;
		// ISO day strings order correctly as plain strings (and much faster than localeCompare).
		const order = a < b ? -1 : 1;
		return descending ? -order : order;
	};
	switch (sort) {
		case 'lastContact':
			return rows.sort((a, b) => nullsLast(a.lastContactOn, b.lastContactOn, true) || byName(a, b));
		case 'nextDue':
			return rows.sort((a, b) => nullsLast(a.nextDueOn, b.nextDueOn, false) || byName(a, b));
		case 'balance':
			// Most owed by you first, through balanced, to those who owe you most; no exchanges last.
			return rows.sort(
				(a, b) =>
					Number(a.ledger.status === 'none') - Number(b.ledger.status === 'none') ||
					b.ledger.balance - a.ledger.balance ||
					byName(a, b)
			);
		default:
			return rows.sort(byName);
	}
}

/** The rows matching the search and filters, order kept. */
export function filterRows(
	rows: readonly PersonRow[],
	organisations: ReadonlyMap<string, Organisation>,
	query: Omit<PeopleQuery, 'sort'>
): PersonRow[] {
	const tag = query.tag.toLowerCase();
	const words = searchWords(query.search);
	return rows.filter(
		({ person: p, ledger }) =>
			(!query.status || ledger.status === query.status) &&
			(!query.role || p.roles.includes(query.role)) &&
			(!tag || p.tags.some((t) => t.toLowerCase() === tag)) &&
			(!query.organisationId || p.organisationIds.includes(query.organisationId)) &&
			matchesWords(p, organisations, words)
	);
}

/** Every tag in use, most used first, for filters and autocomplete. */
export function tagsInUse(people: readonly Person[]): string[] {
	const counts = new Map<string, { tag: string; n: number }>();
	for (const p of people) {
		for (const tag of p.tags) {
			const key = tag.toLowerCase();
			const entry = counts.get(key) ?? { tag, n: 0 };
			entry.n += 1;
			counts.set(key, entry);
		}
	}
	return [...counts.values()]
		.sort((a, b) => b.n - a.n || a.tag.localeCompare(b.tag))
		.map((e) => e.tag);
}

/**
 * Completions for a comma-separated tag field: the text before the last comma
 * plus each known tag that starts with what is being typed and is not there yet.
 */
export function tagSuggestions(input: string, known: readonly string[], limit = 8): string[] {
	const cut = input.lastIndexOf(',');
	const head = cut === -1 ? '' : `${input.slice(0, cut + 1).trimEnd()} `;
	const typing = input
		.slice(cut + 1)
		.trim()
		.toLowerCase();
	const present = new Set(
		input
			.slice(0, cut + 1)
			.split(',')
			.map((t) => t.trim().toLowerCase())
	);
	return known
		.filter((t) => t.toLowerCase().startsWith(typing) && !present.has(t.toLowerCase()))
		.slice(0, limit)
		.map((t) => `${head}${t}`);
}
