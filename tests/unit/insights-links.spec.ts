import { describe, expect, it } from 'vitest';
import { channelBarHref, referrerLeadsHref } from '../../src/lib/components/insights/links';

/** The address with its filters readable: each `f` is one filter as JSON. */
const readable = (href: string | null) => (href === null ? null : decodeURIComponent(href));

const periods = {
	range: { from: '2025-11-26', to: '2026-11-25' },
	previous: { from: '2024-11-26', to: '2025-11-25' }
};
const channels = ['referral', 'twitter'];

describe('channelBarHref', () => {
	it("opens a previous-period bar's own period: the leads of that channel won in it", () => {
		expect(readable(channelBarHref(channels, 'value', periods, 1, 1))).toBe(
			'/leads?filters=advanced' +
				'&f={"field":"status","mode":"include","locked":false,"condition":{"type":"values","values":["won"]}}' +
				'&f={"field":"channel","mode":"include","locked":false,"condition":{"type":"values","values":["twitter"]}}' +
				'&f={"field":"won","mode":"include","locked":false,"condition":{"type":"date","op":"between","from":"2024-11-26","to":"2025-11-25","n":null,"unit":"days"}}'
		);
	});

	it("opens a this-period bar's period, and keeps the measure: leads first contacted", () => {
		expect(readable(channelBarHref(channels, 'leads', periods, 0, 0))).toBe(
			'/leads?filters=advanced' +
				'&f={"field":"channel","mode":"include","locked":false,"condition":{"type":"values","values":["referral"]}}' +
				'&f={"field":"firstContact","mode":"include","locked":false,"condition":{"type":"date","op":"between","from":"2025-11-26","to":"2026-11-25","n":null,"unit":"days"}}'
		);
		expect(readable(channelBarHref(channels, 'leads', periods, 0, 1))).toContain(
			'"from":"2024-11-26","to":"2025-11-25"'
		);
	});

	it('goes nowhere past the rows, or for a previous bar without a previous period', () => {
		expect(channelBarHref(channels, 'value', periods, 2, 0)).toBeNull();
		expect(channelBarHref(channels, 'value', { ...periods, previous: null }, 0, 1)).toBeNull();
		// All time: no date filter at all.
		expect(readable(channelBarHref(channels, 'leads', { range: null, previous: null }, 1, 0))).toBe(
			'/leads?filters=advanced' +
				'&f={"field":"channel","mode":"include","locked":false,"condition":{"type":"values","values":["twitter"]}}'
		);
	});
});

describe('referrerLeadsHref', () => {
	it("opens a direct referrer's leads as the chart counts them: won in the period, or first contacted in it", () => {
		expect(readable(referrerLeadsHref('p1', 'value', periods.range))).toBe(
			'/leads?filters=advanced' +
				'&f={"field":"status","mode":"include","locked":false,"condition":{"type":"values","values":["won"]}}' +
				'&f={"field":"referrer","mode":"include","locked":false,"condition":{"type":"values","values":["p1"]}}' +
				'&f={"field":"won","mode":"include","locked":false,"condition":{"type":"date","op":"between","from":"2025-11-26","to":"2026-11-25","n":null,"unit":"days"}}'
		);
		expect(readable(referrerLeadsHref('p1', 'leads', null))).toBe(
			'/leads?filters=advanced' +
				'&f={"field":"referrer","mode":"include","locked":false,"condition":{"type":"values","values":["p1"]}}'
		);
	});
});
