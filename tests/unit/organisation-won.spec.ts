import { describe, expect, it } from 'vitest';
import { insightRows, wonForOrganisation } from '../../src/lib/domain/insights/counters';
import { leadSchema } from '../../src/lib/domain/lead';

const lead = (id: string, fields: object, deleted = false) =>
	leadSchema.parse({
		id,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		deletedAt: deleted ? '2026-03-01T00:00:00.000Z' : null,
		title: id,
		channel: 'referral',
		firstContactOn: '2026-01-10',
		...fields
	});
const won = (
	organisationId: string,
	amountMinor: number,
	currency = 'EUR',
	closedOn = '2026-02-01'
) => ({
	organisationId,
	status: 'won',
	closedOn,
	wonValue: { amountMinor, currency }
});

describe('wonForOrganisation', () => {
	it('adds up the work won for one organisation, ever, per currency, from the all-time row', () => {
		const leads = [
			lead('a', won('acme', 500_000)),
			lead('b', { ...won('acme', 250_000, 'EUR', '2025-06-30'), firstContactOn: '2025-05-01' }),
			lead('c', won('acme', 10_000, 'USD')),
			lead('d', won('acme2', 99_900)), // another organisation whose id starts alike
			lead('e', { organisationId: 'acme', status: 'lost', closedOn: '2026-02-01' }),
			lead('f', won('acme', 70_000), true), // deleted
			lead('g', { organisationId: 'acme', status: 'proposal' })
		];
		const all = insightRows([], [], [], leads).find((row) => row.id === 'l|all');
		expect(wonForOrganisation(all, 'acme')).toEqual({ EUR: 750_000, USD: 10_000 });
		expect(wonForOrganisation(all, 'acme2')).toEqual({ EUR: 99_900 });
		expect(wonForOrganisation(all, 'nobody')).toEqual({});
		expect(wonForOrganisation(undefined, 'acme')).toEqual({});
	});
});
