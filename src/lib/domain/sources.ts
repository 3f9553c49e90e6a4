import { attributeLead, type RootRule } from './attribution';
import type { Lead } from './lead';
import type { LedgerTotals } from './ledger';
import { sideWorth, type LedgerRules } from './ledger-value';

/**
 * "Your sources": per channel, per direct referrer and per root connector, how
 * many leads came in, how many were won, what they were worth and how many of
 * the decided ones were won. Each lead counts once in each view (leads nobody
 * referred under `null`), so every view adds up to the same totals. Money is
 * kept per currency and never added across currencies.
 */
export type SourceRow = {
	/** Channel id or person id; null for leads nobody referred. */
	key: string | null;
	leads: number;
	won: number;
	lost: number;
	/** Won value per currency, in minor units. */
	wonValue: Record<string, number>;
	/** Won ÷ (won + lost); null while nothing is decided. Open leads do not count yet. */
	conversion: number | null;
	/** Root view only: how each root was found, with how many leads. */
	rules: Partial<Record<RootRule, number>>;
};

export type Sources = {
	channels: SourceRow[];
	referrers: SourceRow[];
	roots: SourceRow[];
	total: SourceRow;
};

type SourceLead = Pick<Lead, 'channel' | 'referrerId' | 'status' | 'wonValue' | 'deletedAt'>;

function emptyRow(key: string | null): SourceRow {
	return { key, leads: 0, won: 0, lost: 0, wonValue: {}, conversion: null, rules: {} };
}

function count(row: SourceRow, lead: SourceLead, rule?: RootRule) {
	row.leads++;
	if (lead.status === 'lost') row.lost++;
	if (lead.status === 'won') {
		row.won++;
		if (lead.wonValue) {
			const { currency, amountMinor } = lead.wonValue;
			row.wonValue[currency] = (row.wonValue[currency] ?? 0) + amountMinor;
		}
	}
	if (rule) row.rules[rule] = (row.rules[rule] ?? 0) + 1;
}

function finish(rows: Map<string | null, SourceRow>): SourceRow[] {
	return [...rows.values()].map((r) => ({
		...r,
		conversion: r.won + r.lost === 0 ? null : r.won / (r.won + r.lost)
	}));
}

/** Tombstoned leads never count. `introducedBy` as in attribution.ts. */
export function sourcesOf(
	leads: readonly SourceLead[],
	introducedBy: (id: string) => string | null | undefined
): Sources {
	const channels = new Map<string | null, SourceRow>();
	const referrers = new Map<string | null, SourceRow>();
	const roots = new Map<string | null, SourceRow>();
	const total = emptyRow(null);
	// One walk per referrer, not per lead: 10,000 leads share a few hundred referrers.
	const rootOf = new Map<string, ReturnType<typeof attributeLead>['root']>();
	const at = (map: Map<string | null, SourceRow>, key: string | null) => {
		let row = map.get(key);
		if (!row) map.set(key, (row = emptyRow(key)));
		return row;
	};
	for (const lead of leads) {
		if (lead.deletedAt !== null) continue;
		let root = lead.referrerId === null ? null : rootOf.get(lead.referrerId);
		if (root === undefined) {
			root = attributeLead(lead, introducedBy).root;
			if (lead.referrerId !== null) rootOf.set(lead.referrerId, root);
		}
		count(total, lead);
		count(at(channels, lead.channel), lead);
		count(at(referrers, lead.referrerId), lead);
		count(at(roots, root?.rootId ?? null), lead, root?.rule);
	}
	return {
		channels: finish(channels),
		referrers: finish(referrers),
		roots: finish(roots),
		total: finish(new Map([[null, total]]))[0]!
	};
}

/** What you gave a person: how many gives, and their worth at your rate (see ledger-value). */
export type Given = { count: number; worth: number; uncounted: Record<string, number> };

export function givenTo(totals: LedgerTotals | undefined, rules: LedgerRules): Given {
	if (!totals) return { count: 0, worth: 0, uncounted: {} };
	return { count: totals.given.count, ...sideWorth(totals.given, rules) };
}

export const SOURCE_SORTS = ['name', 'leads', 'won', 'value', 'conversion', 'given'] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];

/**
 * Rows sorted by a column; the biggest first for numbers, A–Z for names. Won
 * value sorts by the amount in your currency, then by how many other
 * currencies a row has. Ties keep a stable order by name.
 */
export function sortSources(
	rows: readonly SourceRow[],
	sort: SourceSort,
	options: {
		name: (key: string | null) => string;
		currency: string;
		given?: (key: string | null) => number;
		descending?: boolean;
	}
): SourceRow[] {
	const { name, currency, given = () => 0 } = options;
	const value = (r: SourceRow): number[] => {
		switch (sort) {
			case 'name':
				return [];
			case 'leads':
				return [r.leads];
			case 'won':
				return [r.won];
			case 'value':
				return [r.wonValue[currency] ?? 0, Object.keys(r.wonValue).length];
			case 'conversion':
				return [r.conversion ?? -1, r.won];
			case 'given':
				return [given(r.key)];
		}
	};
	const direction = (options.descending ?? sort !== 'name') ? -1 : 1;
	return [...rows].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		for (let i = 0; i < va.length; i++) {
			if (va[i] !== vb[i]) return direction * (va[i]! - vb[i]!);
		}
		const byName = name(a.key).localeCompare(name(b.key));
		return sort === 'name' ? direction * byName : byName;
	});
}
