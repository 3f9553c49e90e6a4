import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailtoHref, safeHref, telHref, withWebScheme } from '../../src/lib/domain/safe-url';

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

	it('puts https:// in front of a web address typed without it, and only of one', () => {
		for (const [typed, url] of [
			['guild.pt', 'https://guild.pt'],
			[' www.example.co.uk/about?x=1#team ', 'https://www.example.co.uk/about?x=1#team'],
			['hohenzollern.example:8080/a', 'https://hohenzollern.example:8080/a'],
			['bücher.example', 'https://bücher.example'],
			['my-site.xn--p1ai', 'https://my-site.xn--p1ai'],
			// As imports took them before: a fully qualified name, an address on the network.
			['www.example.com.', 'https://www.example.com.'],
			['192.168.1.10:8080/admin', 'https://192.168.1.10:8080/admin']
		] as const) {
			expect(withWebScheme(typed), typed).toBe(url);
		}
		for (const typed of [
			'https://guild.pt',
			'HTTP://guild.pt',
			'javascript:alert(1)',
			'javascript:alert(1)//guild.pt',
			'mailto:ann@guild.pt',
			'ann@guild.pt',
			'ann.lee@guild.pt',
			'guild',
			'guild .pt',
			'guild.pt..',
			'.guild.pt',
			'//guild.pt',
			'192.168.1',
			'1.2.3.4.5',
			''
		]) {
			expect(withWebScheme(typed), typed).toBe(typed);
		}
	});

	it('leaves an address with another scheme as typed, and adds nothing but https://', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('javascript', 'JavaScript', 'data', 'vbscript', 'file', 'mailto', 'blob'),
				fc.string(),
				(scheme, rest) => withWebScheme(`${scheme}:${rest}`) === `${scheme}:${rest}`.trim()
			)
		);
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain()), (typed) => {
				const url = withWebScheme(typed);
				return url === typed.trim() || (url.startsWith('https://') && safeHref(url) !== undefined);
			})
		);
		fc.assert(fc.property(fc.domain(), (domain) => withWebScheme(domain) === `https://${domain}`));
	});
});
