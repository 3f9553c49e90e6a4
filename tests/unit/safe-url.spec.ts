import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailtoHref, safeHref, telHref } from '../../src/lib/domain/safe-url';

describe('safe links', () => {
	it('keeps web, email and phone links', () => {
		expect(safeHref('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
		expect(safeHref(' http://example.com ')).toBe('http://example.com/');
		expect(safeHref('mailto:sam@example.com')).toBe('mailto:sam@example.com');
		expect(safeHref('tel:+351912345678')).toBe('tel:+351912345678');
	});

	it('refuses every other scheme and relative tricks', () => {
		for (const bad of [
			'javascript:alert(1)',
			' JavaScript:alert(1)',
			'java\tscript:alert(1)',
			'\u0000javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox(1)',
			'file:///etc/passwd',
			'blob:https://example.com/x',
			'//evil.example',
			'/settings',
			'http://',
			'',
			null,
			undefined,
			`https://example.com/${'a'.repeat(3000)}`
		]) {
			expect(safeHref(bad), String(bad)).toBeUndefined();
		}
	});

	it('never returns anything but the four schemes', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.webUrl(),
					fc.string().map((s) => `${s}:${s}`)
				),
				(s) => {
					const href = safeHref(s);
					return href === undefined || /^(https?|mailto|tel):/.test(href);
				}
			)
		);
	});

	it('builds mailto and tel links from what people type', () => {
		expect(mailtoHref('sam@example.com')).toBe('mailto:sam@example.com');
		expect(mailtoHref('not an email')).toBeUndefined();
		expect(mailtoHref('a@b?subject=x')).toBeUndefined();
		expect(telHref('+351 912 (34) 56-78')).toBe('tel:+351912345678');
		expect(telHref('call me')).toBeUndefined();
	});
});
