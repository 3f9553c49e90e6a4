import { compareNames } from './names';
import { normalise, searchWords } from './people-search';

/** Someone a person picker can offer: an id and the name shown. */
export interface PickerPerson {
	id: string;
	name: string;
}

/** Candidates in name order, each with its name normalised once (not per keystroke). */
export interface PickerIndex {
	entries: readonly {
		person: PickerPerson;
		name: string;
		words: readonly string[];
		/** The words joined by single spaces: what a typed full name is compared with. */
		joined: string;
	}[];
}

export interface PickerMatches {
	/** The people to show, best first: at most `limit`. */
	shown: PickerPerson[];
	/** How many people match in all (shown included). */
	total: number;
}

/** How many matches a picker shows before "and N more — keep typing". */
export const PICKER_LIMIT = 12;

/** A name as pickers compare it: normalised like the People search, its words, and them joined. */
function nameForms(text: string) {
	const name = normalise(text.trim());
	const words = name.split(/[\s\-'’.,()]+/).filter(Boolean);
	return { name, words, joined: words.join(' ') };
}

/** Whether a name (its forms) is the full name `wanted` (the typed text's words, joined). */
const isNamed = (forms: { name: string; joined: string }, wanted: string) =>
	forms.joined === wanted || forms.name === wanted;

/** Prepares candidates for matching: sorted by name, names normalised like the People search. */
export function pickerIndex(people: readonly PickerPerson[]): PickerIndex {
	const entries = people.map((person) => ({ person, ...nameForms(person.name) }));
	entries.sort((a, b) => compareNames(a.person.name, b.person.name));
	return { entries };
}

/**
 * 0: the name starts with the whole query; 1: every query word starts a word of
 * the name; 2: every query word is somewhere in the name; -1: no match.
 */
export function matchRank(
	entry: { name: string; words: readonly string[] },
	query: string,
	queryWords: readonly string[]
): number {
	if (!queryWords.every((w) => entry.name.includes(w))) return -1;
	if (entry.name.startsWith(query)) return 0;
	if (queryWords.every((w) => entry.words.some((word) => word.startsWith(w)))) return 1;
	return 2;
}

/**
 * The people matching a query, accent- and case-insensitive as the People search:
 * names starting with the query first, then names with a word starting with each
 * query word, then names merely containing them; alphabetical within each. Among
 * equals, `suggested` people (recent or frequent) come first; with an empty query
 * they lead in the order given, then everyone else alphabetically. `exclude`d
 * people are neither shown nor counted.
 */
export function matchPeople(
	index: PickerIndex,
	query: string,
	options: {
		exclude?: readonly string[];
		suggested?: readonly string[];
		limit?: number;
	} = {}
): PickerMatches {
	const limit = options.limit ?? PICKER_LIMIT;
	const exclude = new Set(options.exclude ?? []);
	const suggestedOrder = new Map((options.suggested ?? []).map((id, i) => [id, i]));
	const words = searchWords(query);
	const whole = words.join(' ');

	if (words.length === 0) {
		const first: { person: PickerPerson; order: number }[] = [];
		const rest: PickerPerson[] = [];
		let total = 0;
		for (const { person } of index.entries) {
			if (exclude.has(person.id)) continue;
			total++;
			const order = suggestedOrder.get(person.id);
			if (order !== undefined) first.push({ person, order });
			else if (rest.length < limit) rest.push(person);
		}
		first.sort((a, b) => a.order - b.order);
		return { shown: [...first.map((f) => f.person), ...rest].slice(0, limit), total };
	}

	// Six buckets: rank 0–2, each split into suggested and not. The index is
	// already in name order, so each bucket stays alphabetical and only its
	// first `limit` people are ever needed.
	const buckets: PickerPerson[][] = [[], [], [], [], [], []];
	let total = 0;
	for (const entry of index.entries) {
		if (exclude.has(entry.person.id)) continue;
		const rank = matchRank(entry, whole, words);
		if (rank < 0) continue;
		total++;
		const bucket = buckets[rank * 2 + (suggestedOrder.has(entry.person.id) ? 0 : 1)];
		if (bucket && bucket.length < limit) bucket.push(entry.person);
	}
	return { shown: buckets.flat().slice(0, limit), total };
}

/** "and 234 more — keep typing", or '' when everyone matching is shown. */
export function moreMessage(matches: PickerMatches): string {
	const more = matches.total - matches.shown.length;
	if (more <= 0) return '';
	return `and ${more.toLocaleString('en')} more — keep typing`;
}

/** Everyone whose name is the text typed (accents, case and spacing aside). */
export function namedAs(
	index: PickerIndex,
	text: string,
	exclude: readonly string[] = []
): PickerPerson[] {
	const wanted = searchWords(text).join(' ');
	if (!wanted) return [];
	return index.entries
		.filter((e) => !exclude.includes(e.person.id) && isNamed(e, wanted))
		.map((e) => e.person);
}

/** The same for a plain list, without building (and sorting) an index: a one-off check. */
export function peopleNamed<P extends PickerPerson>(people: readonly P[], text: string): P[] {
	const wanted = searchWords(text).join(' ');
	return wanted ? people.filter((p) => isNamed(nameForms(p.name), wanted)) : [];
}

/**
 * The person whose name is exactly the text typed (accents and case aside), when
 * exactly one is: typing a full name and leaving the field picks them.
 */
export function exactMatch(
	index: PickerIndex,
	text: string,
	exclude: readonly string[] = []
): PickerPerson | undefined {
	const found = namedAs(index, text, exclude);
	return found.length === 1 ? found[0] : undefined;
}

/**
 * The name a picker that can add people offers to add for the text typed: the text with its
 * spaces tidied, when nobody (offered or left out) is called exactly that, accents and case
 * aside. Undefined when no letter or digit is typed, when someone has that name (they are the
 * one meant), and when the text matches only people left out (`exclude`: "Ruth" once Ruth
 * Adler is chosen says she is; Enter must not add a second Ruth).
 */
export function newPersonName(
	index: PickerIndex,
	text: string,
	exclude: readonly string[] = [],
	/** How many people the picker offers for the text, when it has counted them already. */
	offered?: number
): string | undefined {
	const name = text.trim().replace(/\s+/g, ' ');
	const wanted = searchWords(name).join(' ');
	if (!/[\p{L}\p{N}]/u.test(wanted)) return undefined;
	if (index.entries.some((entry) => isNamed(entry, wanted))) {
		return undefined;
	}
	const onlyLeftOut =
		exclude.length > 0 &&
		(offered ?? matchPeople(index, name, { exclude, limit: 1 }).total) === 0 &&
		excludedMatches(index, name, exclude).length > 0;
	return onlyLeftOut ? undefined : name;
}

/**
 * The people left out of a picker (`exclude`: already chosen, or not to be chosen in this
 * field) whose names match the text as `matchPeople` would match them, in name order.
 */
export function excludedMatches(
	index: PickerIndex,
	text: string,
	exclude: readonly string[]
): PickerPerson[] {
	const words = searchWords(text);
	if (words.length === 0 || exclude.length === 0) return [];
	const left = new Set(exclude);
	const whole = words.join(' ');
	return index.entries
		.filter((entry) => left.has(entry.person.id) && matchRank(entry, whole, words) >= 0)
		.map((entry) => entry.person);
}

/** "Maria Lopez", "Maria Lopez and Sam Okafor", "Maria Lopez, Sam Okafor and 2 others". */
export function listNames(people: readonly PickerPerson[]): string {
	const names = people.map((p) => p.name);
	if (names.length <= 2) return names.join(' and ');
	if (names.length === 3) return `${names[0]}, ${names[1]} and ${names[2]}`;
	return `${names[0]}, ${names[1]} and ${(names.length - 2).toLocaleString('en')} others`;
}

/** Says why people who match are not offered: by default, they are chosen already. */
export type ExcludedNote = (names: string, count: number) => string;

export const alreadyChosen: ExcludedNote = (names, count) =>
	`${names} ${count === 1 ? 'is' : 'are'} already chosen.`;

/**
 * The note under an open picker's list when it offers no one: the people the text names
 * who are left out (chosen already…), else that no one is called that, else (nothing typed)
 * that no one is left.
 */
export function emptyListNote(
	index: PickerIndex,
	text: string,
	exclude: readonly string[],
	note: ExcludedNote = alreadyChosen
): string {
	const query = text.trim();
	if (!query) return 'No one left to choose.';
	const left = excludedMatches(index, query, exclude);
	return left.length ? note(listNames(left), left.length) : `No one called “${query}”.`;
}

/** What becomes of text typed in a picker and left there (the field left, its form sent). */
export type Leftover =
	/** The text is the full name of exactly one person the field may take. */
	| { action: 'pick'; person: PickerPerson }
	/**
	 * Nothing typed, or the text names only people the field may not take (chosen already):
	 * it goes, and the field shows what it holds.
	 */
	| { action: 'drop' }
	/** It stays, with the message, and holds the form until resolved. */
	| { action: 'keep'; message: string };

/**
 * Settles leftover text truthfully: a full name picks; text naming only people left out goes
 * (it asks for no one new); text matching people who may be chosen asks to choose among them;
 * text matching no one says so.
 */
export function settleLeftover(
	index: PickerIndex,
	text: string,
	exclude: readonly string[] = [],
	/** The picker can add someone new (it offers "Add … as a new person"). */
	canAdd = false
): Leftover {
	const query = text.trim();
	if (!query) return { action: 'drop' };
	const exact = exactMatch(index, query, exclude);
	if (exact) return { action: 'pick', person: exact };
	const open = matchPeople(index, query, { exclude, limit: 1 });
	const [first] = open.shown;
	if (open.total === 1 && first) {
		return {
			action: 'keep',
			message: `“${query}” matches ${first.name}: choose from the list, or clear the field.`
		};
	}
	if (open.total > 1) {
		return {
			action: 'keep',
			message: `“${query}” matches ${open.total.toLocaleString('en')} people: choose one from the list, or clear the field.`
		};
	}
	if (excludedMatches(index, query, exclude).length) return { action: 'drop' };
	return {
		action: 'keep',
		message: canAdd
			? `No one called “${query}” is in Rapport yet. Add them as a new person from the list, choose someone, or clear the field.`
			: `No one called “${query}” is in Rapport yet. Choose someone from the list, or clear the field.`
	};
}
