import { periodRange } from '../../src/lib/domain/insights/period';
import { describe, expect, it } from 'vitest';
import { leadDraftSchema, leadSchema } from '../../src/lib/domain/lead';
import {
	afterStatusChange,
	emptyLeadForm,
	leadFormToDraft,
	leadToForm
} from '../../src/lib/domain/lead-form';
import {
	activeFilterCount,
	byStatus,
	EMPTY_FILTER,
	filterLeads,
	filterToSearch,
	parseFilter,
	periodDays,
	referrerCounts
} from '../../src/lib/domain/pipeline';
import { givenReferralDraft } from '../../src/lib/domain/referral';
import { exchangeDraftSchema } from '../../src/lib/domain/exchange';

const form = () =>
	emptyLeadForm({ today: '2026-11-23', currency: 'EUR', channel: 'referral', referrerId: 'p1' });

describe('lead form', () => {
	it('turns what was typed into a valid draft', () => {
		const { draft, errors } = leadFormToDraft({
			...form(),
			title: 'Brand refresh',
			estimatedAmount: '4,000.50'
		});
		expect(errors).toEqual({});
		expect(draft).toMatchObject({
			title: 'Brand refresh',
			referrerId: 'p1',
			personId: null,
			estimatedValue: { amountMinor: 400_050, currency: 'EUR' },
			wonValue: null,
			closedOn: null
		});
		expect(leadDraftSchema.safeParse(draft).success).toBe(true);
	});

	it('says what is wrong with amounts, currencies and a lost lead without a reason', () => {
		const { errors } = leadFormToDraft({
			...form(),
			status: 'lost',
			estimatedAmount: 'lots',
			estimatedCurrency: 'euro'
		});
		expect(errors).toEqual({
			estimatedValue: 'Use a three-letter currency code such as EUR or USD.',
			lostReason: 'Say why it was lost; a few words are enough.'
		});
		expect(leadFormToDraft({ ...form(), estimatedAmount: 'lots' }).errors.estimatedValue).toMatch(
			/Enter an amount/
		);
	});

	it('fills the close date and won value when a lead is won, and clears them when reopened', () => {
		const won = afterStatusChange(
			{ ...form(), status: 'won', estimatedAmount: '900', estimatedCurrency: 'USD' },
			'2026-11-23'
		);
		expect(won).toMatchObject({ closedOn: '2026-11-23', wonAmount: '900', wonCurrency: 'USD' });
		expect(afterStatusChange({ ...won, status: 'talking' }, '2026-11-23').closedOn).toBe('');
		// A won value only counts on a won lead.
		expect(leadFormToDraft({ ...won, status: 'talking' }).draft.wonValue).toBeNull();
	});

	it('round-trips a stored lead', () => {
		const lead = leadSchema.parse({
			id: 'l1',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			title: 'Audit',
			channel: 'blog',
			status: 'won',
			wonValue: { amountMinor: 120_000, currency: 'JPY' },
			firstContactOn: '2026-01-01',
			closedOn: '2026-02-01'
		});
		const { draft, errors } = leadFormToDraft(leadToForm(lead, 'EUR'));
		expect(errors).toEqual({});
		expect(draft).toMatchObject({
			wonValue: { amountMinor: 120_000, currency: 'JPY' },
			closedOn: '2026-02-01'
		});
	});
});

describe('pipeline filters', () => {
	const leads = [
		{ channel: 'blog', referrerId: null, firstContactOn: '2026-11-01', status: 'new' as const },
		{ channel: 'referral', referrerId: 'a', firstContactOn: '2026-06-01', status: 'won' as const },
		{ channel: 'referral', referrerId: 'b', firstContactOn: '2025-01-01', status: 'won' as const }
	];

	it('reads the address, ignoring what it does not understand', () => {
		expect(parseFilter(new URLSearchParams('channel=blog&period=90d'))).toEqual({
			channel: 'blog',
			referrer: '',
			period: '90d',
			from: '',
			to: ''
		});
		expect(parseFilter(new URLSearchParams('period=forever')).period).toBe('all');
		expect(parseFilter(new URLSearchParams('from=2026-01-01&to=soon'))).toMatchObject({
			from: '2026-01-01',
			to: ''
		});
		expect(filterToSearch({ ...EMPTY_FILTER, referrer: 'a' })).toBe('?referrer=a');
		expect(filterToSearch({ ...EMPTY_FILTER, from: '2026-01-01', to: '2026-03-31' })).toBe(
			'?from=2026-01-01&to=2026-03-31'
		);
		expect(filterToSearch(EMPTY_FILTER)).toBe('');
	});

	it('counts the filters on, a from–to range as one', () => {
		const count = (q: string) => activeFilterCount(parseFilter(new URLSearchParams(q)));
		expect(count('')).toBe(0);
		expect(count('period=all')).toBe(0);
		expect(count('channel=blog&referrer=none')).toBe(2);
		expect(count('channel=blog&period=90d&from=2026-01-01&to=2026-03-31')).toBe(3);
		expect(count('to=2026-03-31')).toBe(1);
		// What the address cannot say is not a filter on.
		expect(count('period=forever&from=soon')).toBe(0);
	});

	it('filters by channel, referrer (or nobody) and period', () => {
		const today = '2026-11-23';
		const f = (q: string) => filterLeads(leads, parseFilter(new URLSearchParams(q)), today);
		expect(f('channel=referral')).toHaveLength(2);
		expect(f('referrer=a')).toEqual([leads[1]]);
		expect(f('referrer=none')).toEqual([leads[0]]);
		expect(f('period=90d')).toEqual([leads[0]]);
		expect(f('period=year')).toEqual([leads[0], leads[1]]);
		// A bar on Insights covers a from–to range of first contacts (both days included).
		expect(f('from=2025-01-01&to=2026-06-01')).toEqual([leads[1], leads[2]]);
		expect(f('channel=referral&from=2025-06-01')).toEqual([leads[1]]);
		expect(periodDays('12m', today)).toEqual({ from: '2025-11-24', to: today });
		// The same days as Insights' "Last 12 months", leap years included.
		expect(periodDays('12m', '2028-03-01')).toEqual(
			periodRange({ kind: 'relative', period: '12m' }, '2028-03-01')
		);
		expect(periodDays('12m', '2028-03-01').from).toBe('2027-03-02');
	});

	it('groups by status in pipeline order and counts referrers', () => {
		expect(byStatus(leads).map((c) => [c.status, c.leads.length])).toEqual([
			['new', 1],
			['talking', 0],
			['proposal', 0],
			['won', 2],
			['lost', 0]
		]);
		expect(referrerCounts(leads)).toEqual({ a: 1, b: 1 });
	});
});

describe('a referral given', () => {
	it('is a given referral, with no lead, naming who was referred', () => {
		const draft = givenReferralDraft({
			toPersonId: 'b',
			referred: ' Fernhill Bakery ',
			date: '2026-11-20',
			weight: 4,
			note: 'Needs a new site'
		});
		expect(draft).toMatchObject({
			personId: 'b',
			direction: 'given',
			kind: 'referral',
			leadId: null,
			value: { type: 'weight', weight: 4 },
			note: 'Referred Fernhill Bakery — Needs a new site'
		});
		expect(exchangeDraftSchema.safeParse(draft).success).toBe(true);
	});
});
