import { nextDueOn } from './cadence';
import type { LedgerTotals } from './ledger';
import {
	LEDGER_STATUS_LABELS,
	LEDGER_STATUSES,
	ledgerOf,
	type Ledger,
	type LedgerStatus
} from './ledger-status';
import { formatWorth, type LedgerRules } from './ledger-value';
import { formatDay } from './days';
import { compareNames } from './names';
import type { Organisation } from './organisation';
import type { Person } from './person';
import { matchesWords, searchWords } from './people-search';
import { ROLE_LABELS, ROLES, type Role } from './vocabulary';
import { typed } from './common';
import { lazily, z } from './zod';

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

const keptQuery = lazily(() =>
	z.object({
		search: z.catch(typed(200), ''),
		role: z.catch(z.enum([...ROLES, '']), ''),
		tag: z.catch(typed(200), ''),
		organisationId: z.catch(typed(64), ''),
		status: z.catch(z.enum([...LEDGER_STATUSES, '']), ''),
		sort: z.catch(z.enum(PEOPLE_SORTS), 'name')
	})
);

/**
 * The query kept for Back (a SvelteKit snapshot, in session storage): what is readable
 * of it, the rest empty, so a value from an older version never breaks the list.
 */
export function keptPeopleQuery(value: unknown): PeopleQuery {
	const parsed = keptQuery.safeParse(value);
	return parsed.success ? parsed.data : { ...EMPTY_PEOPLE_QUERY };
}

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
): readonly PersonRow[] {
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

/** The rows matching the search and filters, order kept (the same array when nothing filters). */
export function filterRows(
	rows: readonly PersonRow[],
	organisations: ReadonlyMap<string, Organisation>,
	query: Omit<PeopleQuery, 'sort'>
): readonly PersonRow[] {
	const words = searchWords(query.search);
	if (!query.status && !query.role && !query.tag && !query.organisationId && words.length === 0) {
		return rows;
	}
	const tag = query.tag.toLowerCase();
	const out: PersonRow[] = [];
	for (const row of rows) {
		const p = row.person;
		if (
			(!query.status || row.ledger.status === query.status) &&
			(!query.role || p.roles.includes(query.role)) &&
			(!tag || p.tags.some((t) => t.toLowerCase() === tag)) &&
			(!query.organisationId || p.organisationIds.includes(query.organisationId)) &&
			matchesWords(p, organisations, words)
		) {
			out.push(row);
		}
	}
	return out;
}

/** One filtering of a list: what it filtered, with which query, and what matched. */
export type RowFilter = {
	rows: readonly PersonRow[];
	organisations: ReadonlyMap<string, Organisation>;
	query: Omit<PeopleQuery, 'sort'>;
	matches: readonly PersonRow[];
};

/**
 * Like filterRows, but while typing: when the new search only narrows the
 * previous one (same rows and filters, and every previous word is part of a
 * new word, as "an" after "a"), everyone who matches now matched before, so
 * only the previous matches are searched, not all 10,000 rows.
 */
export function narrowRows(
	previous: RowFilter | undefined,
	rows: readonly PersonRow[],
	organisations: ReadonlyMap<string, Organisation>,
	query: Omit<PeopleQuery, 'sort'>
): RowFilter {
	const current = {
		search: query.search,
		role: query.role,
		tag: query.tag,
		organisationId: query.organisationId,
		status: query.status
	};
	const narrows =
		previous !== undefined &&
		previous.rows === rows &&
		previous.organisations === organisations &&
		previous.query.role === current.role &&
		previous.query.tag === current.tag &&
		previous.query.organisationId === current.organisationId &&
		previous.query.status === current.status &&
		refines(searchWords(current.search), searchWords(previous.query.search));
	const matches = filterRows(narrows ? previous.matches : rows, organisations, current);
	return { rows, organisations, query: current, matches };
}

/** Whether every earlier word is contained in one of the new words. */
function refines(words: readonly string[], earlier: readonly string[]): boolean {
	return earlier.every((e) => words.some((w) => w.includes(e)));
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

/** What a row of the People list shows, as text. */
export type RowText = {
	/** Title and organisations, "Partner · Acme · Lisbon Founders". */
	subtitle: string;
	roles: string[];
	/** "Last contact 3 May 2026 · next due 2 Jun 2026" or "No contact yet". */
	contact: string;
	/** "You owe · €120.00", "Balanced"; empty with no give and take. */
	balance: string;
};

const rowTexts = new WeakMap<PersonRow, RowText>();

/**
 * A row's text, made once per row: typing shows and hides rows, and a row that
 * comes back is not formatted again (rows are new objects when the data changes).
 */
export function rowText(
	row: PersonRow,
	organisations: ReadonlyMap<string, Organisation>,
	rules: LedgerRules
): RowText {
	let text = rowTexts.get(row);
	if (text) return text;
	const { person, lastContactOn: last, nextDueOn: due, ledger } = row;
	text = {
		subtitle: [person.title, ...person.organisationIds.map((id) => organisations.get(id)?.name)]
			.filter(Boolean)
			.join(' · '),
		roles: person.roles.map((role) => ROLE_LABELS[role]),
		contact: `${last ? `Last contact ${formatDay(last)}` : 'No contact yet'}${due ? ` · next due ${formatDay(due)}` : ''}`,
		balance:
			ledger.status === 'none'
				? ''
				: `${LEDGER_STATUS_LABELS[ledger.status]}${ledger.status === 'balanced' ? '' : ` · ${formatWorth(Math.abs(ledger.balance), rules)}`}`
	};
	rowTexts.set(row, text);
	return text;
}
