import { describe, expect, it } from 'vitest';
import {
	introductionMessage,
	mailtoHref,
	missingEmailNote
} from '../../src/lib/domain/introduction';
import { possibleIntroductions } from '../../src/lib/domain/offer';
import { organisationSchema } from '../../src/lib/domain/organisation';
import { personSchema, type Person } from '../../src/lib/domain/person';

const meta = (id: string) => ({
	id,
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z'
});
const p = (id: string, fields: Partial<Person> = {}) =>
	personSchema.parse({ ...meta(id), name: id, ...fields });
const chamber = organisationSchema.parse({
	...meta('o1'),
	name: 'Design Guild',
	kind: 'community'
});
const orgs = new Map([[chamber.id, chamber]]);

describe('what could I offer', () => {
	const target = p('Tess', {
		goals: 'Find a mentor and grow the newsletter; meet other writers.',
		interests: 'Climbing',
		tags: ['saas'],
		organisationIds: ['o1']
	});
	const people = [
		target,
		p('Ann', { roles: ['mentor'] }),
		p('Bo', { tags: ['writer', 'SaaS'] }),
		p('Cy', { organisationIds: ['o1'] }),
		p('Di', { tags: ['climbing'], archived: true }),
		p('Ed', { roles: ['client'], tags: ['retail'] })
	];

	it('suggests people whose tags, organisations or roles match, each with its reasons', () => {
		const matches = possibleIntroductions(target, people, orgs);
		expect(matches.map((m) => m.person.name)).toEqual(['Bo', 'Ann', 'Cy']);
		expect(matches[0]?.reasons).toEqual([
			'Tagged “writer”, which their goals or interests mention',
			'Both tagged “SaaS”'
		]);
		expect(matches[1]?.reasons).toEqual(['A mentor, which their goals or interests mention']);
		expect(matches[2]?.reasons).toEqual(['Both in Design Guild']);
	});

	it('does not suggest a colleague for working at the same company, only for another reason', () => {
		const ventures = organisationSchema.parse({
			...meta('o2'),
			name: 'Whitfield Ventures',
			kind: 'company'
		});
		const quartz = organisationSchema.parse({
			...meta('o3'),
			name: 'Quartz Analytics',
			kind: 'company'
		});
		const all = new Map([
			[chamber.id, chamber],
			[ventures.id, ventures],
			[quartz.id, quartz]
		]);
		const gabriela = p('Gabriela', {
			goals: 'Land a contract with Quartz Analytics.',
			tags: ['investor'],
			organisationIds: ['o2']
		});
		const network = [
			gabriela,
			p('Dana', { organisationIds: ['o2'] }),
			p('Fay', { organisationIds: ['o2'], tags: ['Investor'] }),
			p('Gus', { organisationIds: ['o3'] }),
			p('Hal', { organisationIds: ['o2', 'o1'] }),
			p('Ivy', { organisationIds: ['o1'] })
		];
		const matches = possibleIntroductions(gabriela, network, all);
		expect(matches.map((m) => [m.person.name, m.reasons])).toEqual([
			['Fay', ['Both tagged “Investor”']],
			['Gus', ['In Quartz Analytics, which their goals mention']]
		]);
		// A community or network shared with a colleague still counts.
		const inGuild = { ...gabriela, organisationIds: ['o2', 'o1'] };
		expect(
			possibleIntroductions(inGuild, network, all).map((m) => [m.person.name, m.reasons])
		).toEqual([
			['Fay', ['Both tagged “Investor”']],
			['Gus', ['In Quartz Analytics, which their goals mention']],
			['Hal', ['Both in Design Guild']],
			['Ivy', ['Both in Design Guild']]
		]);
	});

	it('suggests nobody from nothing: no goals, no tags, no shared groups', () => {
		expect(possibleIntroductions(p('Zed'), people, orgs)).toEqual([]);
	});
});

describe('introduction message', () => {
	it('lets both opt in and names what each is working on', () => {
		const { subject, body } = introductionMessage(
			p('Ann Lee', { title: 'Editor', goals: 'Grow the newsletter.' }),
			p('Bo Park'),
			{ a: ['Design Guild'], b: [] },
			'Alex'
		);
		expect(subject).toBe('Introduction: Ann and Bo');
		expect(body).toContain(
			'Ann Lee (Editor, Design Guild) is working on this: Grow the newsletter.'
		);
		expect(body).toContain('If you would both like to connect');
		expect(body).toMatch(/Best,\nAlex$/);
		expect(body).not.toContain('..');
	});

	it('says who has no email address, with has for one and have for two', () => {
		const tom = { name: 'Tom Okafor', emails: [] };
		const priya = { name: 'Priya Nair', emails: [] };
		const sam = { name: 'Sam Lee', emails: ['sam@example.com'] };
		expect(missingEmailNote([tom, priya])).toBe(
			'Tom Okafor and Priya Nair have no email address here: add them in your email app.'
		);
		expect(missingEmailNote([sam, priya])).toBe(
			'Priya Nair has no email address here: add it in your email app.'
		);
		expect(missingEmailNote([sam, { ...sam, name: 'Ann Park' }])).toBeUndefined();
	});

	it('builds a mailto link with both recipients and an encoded body', () => {
		expect(mailtoHref(['a@x.com', 'b@y.com'], 'Hi & bye', 'Line 1\nLine 2')).toBe(
			'mailto:a@x.com,b@y.com?subject=Hi%20%26%20bye&body=Line%201%0ALine%202'
		);
	});
});
