import type { Exchange, ExchangeDraft } from './exchange';
import type { Lead } from './lead';

/**
 * A lead someone referred is also a referral you received from them: one
 * exchange linked to the lead (`leadId`). These functions say how to keep that
 * exchange in step with the lead — exactly one live while the lead is live and
 * has a referrer, none otherwise — reusing the stored one (its value and note
 * stay as the user set them), so an edit, a delete and its undo never
 * duplicate or orphan it.
 */

/** What a referral received for a lead starts as (the value matches the sample data's). */
export function referralDraft(lead: Lead & { referrerId: string }): ExchangeDraft {
	return {
		date: lead.firstContactOn,
		personId: lead.referrerId,
		direction: 'received',
		kind: 'referral',
		value: { type: 'weight', weight: 4 },
		note: '',
		interactionId: null,
		leadId: lead.id
	};
}

/** The fields the lead decides; value and note belong to the user. */
export function referralFields(lead: Lead & { referrerId: string }) {
	return {
		personId: lead.referrerId,
		date: lead.firstContactOn,
		direction: 'received' as const,
		kind: 'referral' as const
	};
}

export type ReferralPatch = Partial<ReturnType<typeof referralFields>>;

export type ReferralPlan = {
	/** The stored exchange to keep, restored when it was tombstoned, with these fields set. */
	keep?: { exchange: Exchange; restore: boolean; patch: ReferralPatch };
	/** A new exchange, when none is stored for this lead. */
	add?: ExchangeDraft;
	/** Live exchanges to tombstone. */
	remove: Exchange[];
};

/** How to bring the exchanges linked to `lead` (live or tombstoned) in step with it. */
export function planReferral(lead: Lead, linked: readonly Exchange[]): ReferralPlan {
	const mine = linked.filter((e) => e.leadId === lead.id);
	const live = mine.filter((e) => e.deletedAt === null);
	if (lead.deletedAt !== null || lead.referrerId === null) return { remove: live };
	const wanted = referralFields({ ...lead, referrerId: lead.referrerId });
	// Prefer a live one, then one already with this referrer, then the newest tombstone.
	const ranked = [...mine].sort(
		(a, b) =>
			Number(b.deletedAt === null) - Number(a.deletedAt === null) ||
			Number(b.personId === wanted.personId) - Number(a.personId === wanted.personId) ||
			b.updatedAt.localeCompare(a.updatedAt) ||
			a.id.localeCompare(b.id)
	);
	const chosen = ranked[0];
	const remove = live.filter((e) => e !== chosen);
	if (!chosen) return { add: referralDraft({ ...lead, referrerId: lead.referrerId }), remove };
	const patch: ReferralPatch = {};
	for (const key of ['personId', 'date', 'direction', 'kind'] as const) {
		if (chosen[key] !== wanted[key]) Object.assign(patch, { [key]: wanted[key] });
	}
	return { keep: { exchange: chosen, restore: chosen.deletedAt !== null, patch }, remove };
}

/**
 * Whether the exchanges are in step with the leads: every live lead with a
 * referrer has exactly one live linked exchange, a received referral from that
 * referrer dated on the first contact; every other lead has none live. Returns
 * the problems found (empty when consistent).
 */
export function referralProblems(leads: readonly Lead[], exchanges: readonly Exchange[]): string[] {
	const problems: string[] = [];
	const byLead = new Map<string, Exchange[]>();
	for (const e of exchanges) {
		if (e.leadId === null || e.deletedAt !== null) continue;
		byLead.set(e.leadId, [...(byLead.get(e.leadId) ?? []), e]);
	}
	const leadIds = new Set(leads.map((l) => l.id));
	for (const [leadId, list] of byLead) {
		if (!leadIds.has(leadId)) problems.push(`exchange for unknown lead ${leadId}`);
		else if (list.length > 1) problems.push(`lead ${leadId} has ${list.length} live referrals`);
	}
	for (const lead of leads) {
		const live = byLead.get(lead.id) ?? [];
		const wanted = lead.deletedAt === null && lead.referrerId !== null;
		if (!wanted) {
			if (live.length) problems.push(`lead ${lead.id} should have no live referral`);
			continue;
		}
		const [e] = live;
		if (!e) problems.push(`lead ${lead.id} has no referral`);
		else if (
			e.personId !== lead.referrerId ||
			e.direction !== 'received' ||
			e.kind !== 'referral' ||
			e.date !== lead.firstContactOn
		) {
			problems.push(`lead ${lead.id}'s referral does not match it`);
		}
	}
	return problems;
}

/**
 * "I referred A to B": a referral you gave B, with no lead (the work is B's,
 * not yours). Who was referred goes first in the note, so the ledger and the
 * timeline say it without another field.
 */
export function givenReferralDraft(input: {
	toPersonId: string;
	referred: string;
	date: string;
	weight: number;
	note: string;
}): ExchangeDraft {
	const referred = input.referred.trim();
	const note = input.note.trim();
	return {
		date: input.date,
		personId: input.toPersonId,
		direction: 'given',
		kind: 'referral',
		value: { type: 'weight', weight: input.weight },
		note: referred ? `Referred ${referred}${note ? ` — ${note}` : ''}` : note,
		interactionId: null,
		leadId: null
	};
}
