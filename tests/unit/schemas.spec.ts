import { describe, expect, it } from 'vitest';
import { exchangeDraftSchema, exchangeSchema } from '../../src/lib/domain/exchange';
import { emptyExchangeForm, exchangeFormToDraft } from '../../src/lib/domain/exchange-form';
import { interactionDraftSchema, interactionSchema } from '../../src/lib/domain/interaction';
import { leadDraftSchema, leadSchema } from '../../src/lib/domain/lead';
import { emptyLeadForm, leadFormToDraft } from '../../src/lib/domain/lead-form';
import { emptyLogForm, logFormToDraft } from '../../src/lib/domain/log-form';
import { organisationDraftSchema, organisationSchema } from '../../src/lib/domain/organisation';
import { organisationFormToDraft } from '../../src/lib/domain/organisation-form';
import { personDraftSchema, personSchema } from '../../src/lib/domain/person';
import { emptyPersonForm, formToDraft } from '../../src/lib/domain/person-form';
import { defaultSettings, settingsSchema } from '../../src/lib/domain/settings';
import { describeErrors, describeFieldErrors, fieldErrors } from '../../src/lib/domain/validation';
import { z } from '../../src/lib/domain/zod';

const meta = {
	id: 'p1',
	createdAt: '2026-01-01T10:00:00.000Z',
	updatedAt: '2026-01-01T10:00:00.000Z'
};

function errorsOf(result: { success: boolean; error?: unknown }) {
	if (result.success) throw new Error('expected a validation failure');
	return fieldErrors(result.error as never);
}

describe('person', () => {
	it('fills every optional field with a default', () => {
		const p = personSchema.parse({ ...meta, name: '  Sam Okafor ' });
		expect(p).toMatchObject({
			name: 'Sam Okafor',
			emails: [],
			roles: [],
			tags: [],
			deletedAt: null,
			archived: false,
			connection: 'mutual',
			cadenceDays: null,
			introducedById: null
		});
	});

	it('accepts a complete record', () => {
		const result = personSchema.safeParse({
			...meta,
			name: 'Ruth Adler',
			title: 'Design director',
			organisationIds: ['o1', 'o2'],
			emails: ['ruth@example.com'],
			phones: ['+351 912 345 678'],
			links: [{ label: 'Site', url: 'https://example.com' }],
			location: 'Lisbon',
			tags: ['design'],
			roles: ['mentor', 'connector'],
			connection: 'following',
			metOn: '2024-02-29',
			metChannel: 'event',
			metEvent: 'Meetup #12',
			introducedById: 'p0',
			goals: 'Write a book',
			interests: 'Sketching',
			notes: 'Kind',
			cadenceDays: 30,
			archived: false,
			deletedAt: null
		});
		expect(result.success).toBe(true);
	});

	it('gives a phone that is not a number one message, not two', () => {
		const result = personSchema.safeParse({ ...meta, name: 'A', phones: ['call me'] });
		expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
			'Use digits, spaces, dashes or brackets, optionally starting with +.'
		]);
		const noDigits = personSchema.safeParse({ ...meta, name: 'A', phones: ['(-) ()'] });
		expect(noDigits.success ? [] : noDigits.error.issues.map((i) => i.message)).toEqual([
			'A phone number needs digits.'
		]);
	});

	it.each([
		[{ name: '   ' }, 'name', 'Name is required.'],
		[{ name: 'A', emails: ['not-an-email'] }, 'emails.0', 'does not look like an email'],
		[{ name: 'A', phones: ['call me'] }, 'phones.0', 'Use digits'],
		[{ name: 'A', links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'links.0.url', 'http'],
		[{ name: 'A', roles: ['boss'] }, 'roles.0', 'Unknown role'],
		[{ name: 'A', tags: ['a', 'a'] }, 'tags', 'once only'],
		[{ name: 'A', cadenceDays: -3 }, 'cadenceDays', 'at least one day'],
		[{ name: 'A', metOn: '2024-02-30' }, 'metOn', 'date like'],
		[{ name: 'A', metOn: '3024-01-01' }, 'metOn', 'between 1900 and 2100'],
		[{ name: 'A', notes: 'x'.repeat(100_000) }, 'notes', 'too long'],
		[{ name: 'A', introducedById: 'p1' }, 'introducedById', 'cannot introduce themselves'],
		[{ name: 'A', nickname: 'x' }, '_', 'nickname']
	])('rejects %j with a message on %s', (fields, path, message) => {
		const errors = errorsOf(personSchema.safeParse({ ...meta, ...fields }));
		expect(errors[path]).toContain(message);
	});

	it('describes errors in one readable sentence', () => {
		const result = personSchema.safeParse({ ...meta, name: '', emails: ['ok@example.com', 'bad'] });
		expect(result.success).toBe(false);
		const sentence = describeErrors(result.error!);
		expect(sentence).toContain('Name is required.');
		expect(sentence).not.toContain('Name: Name');
		expect(sentence).toContain('Email 2:');
	});

	it('sums up a form as its fields show it: one message per field, as replaced', () => {
		const errors = {
			name: 'Name is required.',
			'emails.1': 'That does not look like an email address.',
			'emails.2': 'Another one.',
			metOn: 'That date is in the future. When did you meet?'
		};
		expect(describeFieldErrors(errors)).toBe(
			'Name is required. Email 2: That does not look like an email address. Met on: That date is in the future. When did you meet?'
		);
		expect(describeFieldErrors({ _: 'Something is wrong.' })).toBe('Something is wrong.');
	});
});

describe('organisation', () => {
	it('defaults to a company and rejects an unknown kind', () => {
		expect(organisationSchema.parse({ ...meta, name: 'Quartz' }).kind).toBe('company');
		expect(organisationSchema.safeParse({ ...meta, name: 'Q', kind: 'club' }).success).toBe(false);
	});
});

describe('a web address typed without https://', () => {
	const orgForm = { name: 'Guild', kind: 'community' as const, tags: '', notes: '' };
	const website = (typed: string) => {
		const draft = organisationFormToDraft({ ...orgForm, website: typed });
		const checked = organisationDraftSchema.safeParse(draft);
		return { website: draft.website, error: checked.success ? '' : errorsOf(checked).website };
	};
	const links = (typed: string) => {
		const { draft } = formToDraft({ ...emptyPersonForm(null), name: 'Ann', links: typed });
		const checked = personDraftSchema.safeParse({ ...draft, organisationIds: [] });
		return {
			urls: draft.links?.map((l) => l.url),
			errors: checked.success ? [] : Object.values(errorsOf(checked))
		};
	};

	it('is an organisation website with https:// in front', () => {
		expect(website(' guild.pt ')).toEqual({ website: 'https://guild.pt', error: '' });
		expect(website('www.guild.pt/about?lang=en')).toEqual({
			website: 'https://www.guild.pt/about?lang=en',
			error: ''
		});
		expect(website('http://guild.pt')).toEqual({ website: 'http://guild.pt', error: '' });
		expect(website('')).toEqual({ website: '', error: '' });
	});

	it('is a person link with https:// in front, once however often it is typed', () => {
		expect(links('hohenzollern.example')).toEqual({
			urls: ['https://hohenzollern.example'],
			errors: []
		});
		expect(links('hohenzollern.example, https://hohenzollern.example\nhttp://x.example/a')).toEqual(
			{
				urls: ['https://hohenzollern.example', 'http://x.example/a'],
				errors: []
			}
		);
	});

	it('keeps a link label stored with the address, however the address is typed now', () => {
		const { draft } = formToDraft({ ...emptyPersonForm(null), name: 'Ann', links: 'ann.example' }, [
			{ label: 'Portfolio', url: 'https://ann.example' }
		]);
		expect(draft.links).toEqual([{ label: 'Portfolio', url: 'https://ann.example' }]);
	});

	it('never turns another scheme, an email address or a word into a web address', () => {
		for (const typed of [
			'javascript:alert(1)',
			'javascript:alert(document.domain)//x.com',
			'JavaScript:void(0).example',
			'vbscript:msgbox(1).example',
			'file:///etc/hosts.example',
			'mailto:ann@example.com',
			'ann@example.com',
			'guild',
			'//guild.pt'
		]) {
			expect(website(typed), typed).toEqual({ website: typed, error: 'Use an http(s) address.' });
			expect(links(typed), typed).toEqual({
				urls: [typed],
				errors: ['Links must start with http:// or https://.']
			});
		}
		expect(website('guild .pt')).toEqual({
			website: 'guild .pt',
			error: 'Use an http(s) address.'
		});
	});
});

describe('interaction', () => {
	const base = { ...meta, date: '2026-03-01', kind: 'coffee', personIds: ['p1'] };

	it('accepts a coffee with a cost in minor units', () => {
		const i = interactionSchema.parse({
			...base,
			durationMinutes: 45,
			cost: { amountMinor: 650, currency: 'EUR' }
		});
		expect(i.cost).toEqual({ amountMinor: 650, currency: 'EUR' });
		expect(i.followUpDone).toBe(false);
	});

	it.each([
		[{ personIds: [] }, 'personIds', 'at least one person'],
		[{ durationMinutes: -5 }, 'durationMinutes', 'negative'],
		[{ durationMinutes: 5000 }, 'durationMinutes', '24 hours'],
		[{ durationMinutes: 4.5 }, 'durationMinutes', 'whole number'],
		[{ cost: { amountMinor: 6.5, currency: 'EUR' } }, 'cost.amountMinor', 'whole number of cents'],
		[{ cost: { amountMinor: 650, currency: 'euro' } }, 'cost.currency', 'three-letter'],
		[{ kind: 'lunch' }, 'kind', 'what kind'],
		[{ date: '01/03/2026' }, 'date', 'date like']
	])('rejects %j', (fields, path, message) => {
		expect(errorsOf(interactionSchema.safeParse({ ...base, ...fields }))[path]).toContain(message);
	});

	it('rejects an interaction whose list of people is left out (a hand-made backup)', () => {
		const withoutPeople: Record<string, unknown> = { ...base };
		delete withoutPeople.personIds;
		expect(errorsOf(interactionSchema.safeParse(withoutPeople)).personIds).toContain(
			'at least one person'
		);
	});
});

describe('exchange', () => {
	const base = {
		...meta,
		date: '2026-03-01',
		personId: 'p2',
		direction: 'received',
		kind: 'advice'
	};

	it('takes time, money or a weight as its value', () => {
		for (const value of [
			{ type: 'time', minutes: 30 },
			{ type: 'money', amount: { amountMinor: 2500, currency: 'GBP' } },
			{ type: 'weight', weight: 5 }
		]) {
			expect(exchangeSchema.safeParse({ ...base, value }).success).toBe(true);
		}
	});

	it('rejects a weight outside 1–5 and a mixed value', () => {
		expect(
			errorsOf(exchangeSchema.safeParse({ ...base, value: { type: 'weight', weight: 9 } }))[
				'value.weight'
			]
		).toContain('1 to 5');
		expect(exchangeSchema.safeParse({ ...base, value: { type: 'time', weight: 3 } }).success).toBe(
			false
		);
		expect(errorsOf(exchangeSchema.safeParse({ ...base, direction: 'lent' })).direction).toContain(
			'given or received'
		);
	});
});

describe('a give or receive as entered', () => {
	const entered = (values: Partial<ReturnType<typeof emptyExchangeForm>>) =>
		exchangeDraftSchema.safeParse(
			exchangeFormToDraft({
				...emptyExchangeForm({ currency: 'USD', personId: 'p2', direction: 'given' }),
				date: '2026-03-01',
				...values
			}).draft
		);

	it('is of some money: $0.00 is refused on the amount', () => {
		for (const amount of ['0', '0.00', '-0'])
			expect(errorsOf(entered({ valueType: 'money', amount }))['value.amount.amountMinor']).toBe(
				'Enter an amount more than 0.'
			);
		expect(entered({ valueType: 'money', amount: '0.01' }).success).toBe(true);
		// Negative amounts keep their own message.
		expect(
			errorsOf(entered({ valueType: 'money', amount: '-5' }))['value.amount.amountMinor']
		).toContain('cannot be negative');
	});

	it('is of some time: 0 minutes is refused, while an interaction may last 0 minutes', () => {
		expect(errorsOf(entered({ valueType: 'time', minutes: '0' }))['value.minutes']).toContain(
			'at least a minute'
		);
		expect(entered({ valueType: 'time', minutes: '1' }).success).toBe(true);
		const log = logFormToDraft({ ...emptyLogForm('2026-03-01', ['p2']), duration: '0' }, 'USD');
		expect(interactionDraftSchema.safeParse(log.draft).success).toBe(true);
	});

	it('still restores a stored give of $0.00 from before', () => {
		const stored = {
			...meta,
			date: '2026-03-01',
			personId: 'p2',
			direction: 'given',
			kind: 'advice',
			value: { type: 'money', amount: { amountMinor: 0, currency: 'USD' } }
		};
		expect(exchangeSchema.safeParse(stored).success).toBe(true);
	});
});

describe('lead', () => {
	const base = {
		...meta,
		title: 'Website redesign',
		channel: 'referral',
		firstContactOn: '2026-02-01'
	};

	it('defaults to new and accepts a won lead with a value', () => {
		expect(leadSchema.parse(base).status).toBe('new');
		const won = leadSchema.parse({
			...base,
			status: 'won',
			wonValue: { amountMinor: 1_200_000, currency: 'EUR' },
			closedOn: '2026-03-01'
		});
		expect(won.wonValue?.amountMinor).toBe(1_200_000);
	});

	it('rejects a close date before the first contact and a missing channel', () => {
		expect(errorsOf(leadSchema.safeParse({ ...base, closedOn: '2026-01-01' })).closedOn).toContain(
			'before the first contact'
		);
		expect(leadSchema.safeParse({ ...base, channel: '' }).success).toBe(false);
	});
});

describe('a date left empty', () => {
	// A date field shows mm/dd/yyyy (or the local order) and gives '' until it is complete:
	// an ISO example would not help there.
	it('asks for the date in every form that needs one', () => {
		const log = logFormToDraft(emptyLogForm('', ['sam']), 'EUR').draft;
		expect(errorsOf(interactionDraftSchema.safeParse(log)).date).toBe('Enter the date.');
		const exchange = exchangeFormToDraft({
			...emptyExchangeForm({ currency: 'EUR', personId: 'sam' }),
			date: ''
		}).draft;
		expect(errorsOf(exchangeDraftSchema.safeParse(exchange)).date).toBe('Enter the date.');
		const lead = leadFormToDraft({
			...emptyLeadForm({ today: '2026-11-23', currency: 'EUR', channel: 'referral' }),
			title: 'Brand refresh',
			firstContactOn: ''
		}).draft;
		expect(errorsOf(leadDraftSchema.safeParse(lead)).firstContactOn).toBe('Enter the date.');
	});

	it('is no date at all where the date is optional (met on)', () => {
		const { draft } = formToDraft({ ...emptyPersonForm(null), name: 'Sam Okafor', metOn: '' });
		expect(personDraftSchema.safeParse(draft).success).toBe(true);
	});

	it('says the same for a date missing from a record, and keeps the example for text that is not one', () => {
		const undated: Record<string, unknown> = { ...meta, kind: 'coffee', personIds: ['p1'] };
		expect(errorsOf(interactionSchema.safeParse(undated)).date).toBe('Enter the date.');
		for (const date of ['01/03/2026', '2026-02-30', 'soon'])
			expect(errorsOf(interactionSchema.safeParse({ ...undated, date })).date, date).toBe(
				'Use a date like 2024-05-31.'
			);
	});
});

describe('settings', () => {
	it('has sensible defaults, including the channel list', () => {
		const s = defaultSettings('2026-01-01T00:00:00.000Z');
		expect(s.defaultCadenceDays).toBe(30);
		expect(s.channels.map((c) => c.id)).toContain('referral');
		expect(s.startedWith).toBeNull();
	});

	it('rejects duplicate channel ids and a negative rate', () => {
		const s = defaultSettings('2026-01-01T00:00:00.000Z');
		expect(
			settingsSchema.safeParse({
				...s,
				channels: [
					{ id: 'a', name: 'A' },
					{ id: 'a', name: 'B' }
				]
			}).success
		).toBe(false);
		expect(settingsSchema.safeParse({ ...s, hourlyRateMinor: -1 }).success).toBe(false);
	});
});

describe('the zod every schema is built with', () => {
	it('names the problem in English where a schema gives no message of its own', () => {
		const wrongType = personSchema.safeParse({ ...meta, name: 'Ada', archived: 'yes' });
		expect(errorsOf(wrongType).archived).toBe('Invalid input: expected boolean, received string');
	});

	it('never compiles code at run time, which the Content Security Policy forbids', () => {
		expect(z.config().jitless).toBe(true);
	});
});

describe('lists left out of a record', () => {
	it('are a new empty list each time, never one shared between records', () => {
		const a = personDraftSchema.parse({ name: 'Ada' });
		const b = personDraftSchema.parse({ name: 'Bo' });
		expect(a.tags).toEqual([]);
		expect(a.tags).not.toBe(b.tags);
		const s1 = defaultSettings(meta.createdAt);
		const s2 = defaultSettings(meta.createdAt);
		expect(s1.channels).not.toBe(s2.channels);
		expect(s1.templates).not.toBe(s2.templates);
	});
});
