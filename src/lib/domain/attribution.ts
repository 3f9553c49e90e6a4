/**
 * Attribution: where a lead came from. Its channel, the person who referred it,
 * and the root connector found by walking "introduced by" links upward from that
 * referrer. The walk always ends, and says which rule ended it.
 */

/** How a root connector was found. */
export type RootRule =
	'top-of-chain' | 'cycle' | 'deleted-referrer' | 'missing-person' | 'chain-limit';

/** chain: the referrer first, then each introducer in turn, the root last. */
export type Root = { rootId: string; rule: RootRule; chain: string[] };

/** Steps followed before the walk gives up on a (suspiciously) long chain. */
export const DEFAULT_CHAIN_LIMIT = 1000;

/**
 * Follows introducers from the referrer up to the person nobody introduced.
 * `introducedBy(id)` gives the introducer's id, null when nobody introduced them,
 * undefined when there is no such live person.
 *
 * - nobody introduced the person reached: they are the root ('top-of-chain');
 * - the next introducer is already in the chain (self-introduction included):
 *   the last person before the repeat is the root ('cycle');
 * - the referrer is missing or deleted themselves: they are their own root
 *   ('deleted-referrer'), so a lead is never left without one;
 * - the next introducer is missing or deleted: the last live person is the root
 *   ('missing-person');
 * - `limit` introducers were followed and there is yet another: the person
 *   reached is the root ('chain-limit').
 */
export function rootConnector(
	referrerId: string,
	introducedBy: (id: string) => string | null | undefined,
	limit: number = DEFAULT_CHAIN_LIMIT
): Root {
	const chain = [referrerId];
	// Most chains are a person or two (Insights walks one for each of thousands of
	// referrers): who is in the chain is looked up in it, and kept in a Set only
	// once the chain is long.
	let seen: Set<string> | undefined;
	const inChain = (id: string) => {
		if (!seen && chain.length <= 16) return chain.includes(id);
		seen ??= new Set(chain);
		return seen.has(id);
	};
	let current = referrerId;
	let next = introducedBy(referrerId);
	if (next === undefined) return { rootId: referrerId, rule: 'deleted-referrer', chain };
	for (;;) {
		if (next === null) return { rootId: current, rule: 'top-of-chain', chain };
		if (inChain(next)) return { rootId: current, rule: 'cycle', chain };
		const afterNext = introducedBy(next);
		if (afterNext === undefined) return { rootId: current, rule: 'missing-person', chain };
		if (chain.length > limit) return { rootId: current, rule: 'chain-limit', chain };
		chain.push(next);
		seen?.add(next);
		current = next;
		next = afterNext;
	}
}

export type LeadAttribution = { channel: string; referrerId: string | null; root: Root | null };

/** A lead's channel, direct referrer and root connector (null when nobody referred it). */
export function attributeLead(
	lead: { channel: string; referrerId: string | null },
	introducedBy: (id: string) => string | null | undefined
): LeadAttribution {
	return {
		channel: lead.channel,
		referrerId: lead.referrerId,
		root: lead.referrerId === null ? null : rootConnector(lead.referrerId, introducedBy)
	};
}
