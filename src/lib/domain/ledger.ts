import type { Exchange } from './exchange';
import type { ExchangeDirection } from './vocabulary';

/**
 * Raw per-person sums of the reciprocity ledger. They hold no setting (no rate,
 * no weight scale), so the derived row stays right when Settings change and the
 * value and status are computed at read time.
 */

/** One side (given or received): counts and sums, all integers. */
export type LedgerSide = {
	count: number;
	/** Sum of time values, in minutes. */
	minutes: number;
	/** How many entries had weight 1, 2, 3, 4, 5. */
	weights: [number, number, number, number, number];
	/** Sum of money values per currency, in minor units. Never summed across currencies. */
	money: Record<string, number>;
};

/** The derived row kept per person (the `ledgerTotals` store). */
export type LedgerTotals = {
	personId: string;
	given: LedgerSide;
	received: LedgerSide;
	lastGivenOn: string | null;
	lastReceivedOn: string | null;
};

export function emptySide(): LedgerSide {
	return { count: 0, minutes: 0, weights: [0, 0, 0, 0, 0], money: {} };
}

export function emptyTotals(personId: string): LedgerTotals {
	return {
		personId,
		given: emptySide(),
		received: emptySide(),
		lastGivenOn: null,
		lastReceivedOn: null
	};
}

/** Adds one live exchange to the totals (mutates: used while folding). */
function addTo(totals: LedgerTotals, exchange: Exchange) {
	const side = totals[exchange.direction];
	side.count += 1;
	const value = exchange.value;
	if (value.type === 'time') side.minutes += value.minutes;
	else if (value.type === 'weight') side.weights[value.weight - 1]! += 1;
	else {
		const { currency, amountMinor } = value.amount;
		side.money[currency] = (side.money[currency] ?? 0) + amountMinor;
	}
	const last = exchange.direction === 'given' ? 'lastGivenOn' : 'lastReceivedOn';
	const seen = totals[last];
	if (seen === null || exchange.date > seen) totals[last] = exchange.date;
}

/** One person's totals from their exchanges; tombstoned ones never count. */
export function ledgerTotalsOf(personId: string, exchanges: readonly Exchange[]): LedgerTotals {
	const totals = emptyTotals(personId);
	for (const e of exchanges) if (e.deletedAt === null && e.personId === personId) addTo(totals, e);
	return totals;
}

/** Folds live exchanges into per-person totals a batch at a time; `rows()` gives them. */
export function ledgerFolder() {
	const byPerson = new Map<string, LedgerTotals>();
	return {
		add(exchanges: readonly Exchange[]) {
			for (const e of exchanges) {
				if (e.deletedAt !== null) continue;
				let totals = byPerson.get(e.personId);
				if (!totals) byPerson.set(e.personId, (totals = emptyTotals(e.personId)));
				addTo(totals, e);
			}
		},
		rows: (): LedgerTotals[] => [...byPerson.values()]
	};
}

/** Every person's totals (people with no live exchange have no row). */
export function ledgerTotalsByPerson(exchanges: readonly Exchange[]): LedgerTotals[] {
	const folder = ledgerFolder();
	folder.add(exchanges);
	return folder.rows();
}

export function hasExchanges(totals: LedgerTotals | undefined): totals is LedgerTotals {
	return !!totals && totals.given.count + totals.received.count > 0;
}

export const otherDirection = (d: ExchangeDirection): ExchangeDirection =>
	d === 'given' ? 'received' : 'given';
