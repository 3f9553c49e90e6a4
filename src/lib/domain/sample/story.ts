import type { Connection, OrganisationKind, Role } from '../vocabulary';

/**
 * The people every sample network starts with. Dana is the root connector: she
 * introduced Marcus and Priya, and through them (and directly) several clients,
 * the chain the seed posts describe ("they all evolved from my relationship
 * with a single entrepreneur").
 */
export type StoryPerson = {
	key: string;
	name: string;
	title: string;
	roles: Role[];
	connection: Connection;
	organisations: string[];
	introducedBy?: string;
	metDaysAgo: number;
	metChannel: string | null;
	metEvent: string;
	location: string;
	tags: string[];
	goals: string;
	interests: string;
	notes: string;
	cadenceDays: number | null;
	link?: string;
};

export const STORY_ORGANISATIONS: { name: string; kind: OrganisationKind }[] = [
	{ name: 'Riverside Chamber of Commerce', kind: 'community' },
	{ name: 'Indie Makers Forum', kind: 'community' },
	{ name: 'Design Systems Meetup', kind: 'community' },
	{ name: 'Whitfield Ventures', kind: 'company' },
	{ name: 'Bluebird Logistics', kind: 'company' },
	{ name: 'Fernhill Bakery Co.', kind: 'company' },
	{ name: 'Quartz Analytics', kind: 'company' },
	{ name: 'Harbor Health', kind: 'company' }
];

const base = {
	connection: 'mutual' as Connection,
	location: 'Lisbon',
	metEvent: '',
	goals: '',
	interests: '',
	notes: '',
	tags: [] as string[]
};

export const STORY_PEOPLE: StoryPerson[] = [
	{
		...base,
		key: 'dana',
		name: 'Dana Whitfield',
		title: 'Serial entrepreneur',
		roles: ['connector', 'mentor'],
		organisations: ['Whitfield Ventures', 'Riverside Chamber of Commerce'],
		metDaysAgo: 720,
		metChannel: 'event',
		metEvent: 'Chamber spring breakfast',
		tags: ['local', 'investor'],
		goals:
			'Back three local founders a year; judged by how many are still trading after three years.',
		interests: 'Sailing; restores old boats.',
		notes: 'Root of most of my client work. Thank her properly every quarter.',
		cadenceDays: 30
	},
	{
		...base,
		key: 'marcus',
		name: 'Marcus Lee',
		title: 'Operations consultant',
		roles: ['connector', 'peer'],
		organisations: ['Riverside Chamber of Commerce'],
		introducedBy: 'dana',
		metDaysAgo: 650,
		metChannel: 'referral',
		tags: ['local'],
		goals: 'Build a referral circle of five trusted freelancers.',
		interests: 'Jazz piano',
		cadenceDays: 45
	},
	{
		...base,
		key: 'priya',
		name: 'Priya Shah',
		title: 'Growth marketer',
		roles: ['connector', 'peer'],
		organisations: ['Indie Makers Forum'],
		introducedBy: 'dana',
		metDaysAgo: 600,
		metChannel: 'referral',
		tags: ['saas', 'writer'],
		goals: 'Grow her newsletter to 10,000 readers.',
		interests: 'Climbing',
		cadenceDays: 30
	},
	{
		...base,
		key: 'tom',
		name: 'Tom Becker',
		title: 'Head of operations',
		roles: ['client'],
		organisations: ['Bluebird Logistics'],
		introducedBy: 'marcus',
		metDaysAgo: 560,
		metChannel: 'referral',
		tags: ['local'],
		goals: 'Cut delivery planning time in half this year.',
		cadenceDays: 60
	},
	{
		...base,
		key: 'elena',
		name: 'Elena Rossi',
		title: 'Owner',
		roles: ['client'],
		organisations: ['Fernhill Bakery Co.', 'Riverside Chamber of Commerce'],
		introducedBy: 'marcus',
		metDaysAgo: 480,
		metChannel: 'referral',
		tags: ['local', 'retail'],
		goals: 'Open a second shop without working weekends.',
		interests: 'Sourdough competitions',
		cadenceDays: 60
	},
	{
		...base,
		key: 'sam',
		name: 'Sam Okafor',
		title: 'CTO',
		roles: ['client'],
		organisations: ['Quartz Analytics'],
		introducedBy: 'priya',
		metDaysAgo: 420,
		metChannel: 'referral',
		tags: ['saas', 'fintech'],
		goals: 'Ship the self-serve plan; measured on trial-to-paid conversion.',
		interests: 'Chess',
		cadenceDays: 30
	},
	{
		...base,
		key: 'grace',
		name: 'Grace Kim',
		title: 'Product director',
		roles: ['client'],
		organisations: ['Harbor Health'],
		introducedBy: 'dana',
		metDaysAgo: 380,
		metChannel: 'referral',
		tags: ['health'],
		goals: 'Make the patient app accessible before the audit.',
		cadenceDays: 45
	},
	{
		...base,
		key: 'ruth',
		name: 'Ruth Adler',
		title: 'Design director (retired)',
		roles: ['mentor'],
		organisations: ['Design Systems Meetup'],
		metDaysAgo: 700,
		metChannel: 'event',
		metEvent: 'Design Systems Meetup #12',
		tags: ['design', 'speaker'],
		goals: 'Keep mentoring two designers a year; writing a book on critique.',
		interests: 'Urban sketching',
		notes: 'Always gives more than she asks. Send her the critique articles I find.',
		cadenceDays: 30
	},
	{
		...base,
		key: 'kenji',
		name: 'Kenji Watanabe',
		title: 'Author, independent consultant',
		roles: ['mentor'],
		connection: 'following',
		organisations: [],
		metDaysAgo: 500,
		metChannel: 'blog',
		tags: ['writer', 'speaker'],
		goals: 'Finishing a book on pricing for consultants.',
		notes: 'Does not know me yet. Comment thoughtfully on his posts; share his work.',
		cadenceDays: 30,
		link: 'https://example.com/kenji'
	},
	{
		...base,
		key: 'maya',
		name: 'Maya Lindqvist',
		title: 'Founder of a design agency',
		roles: ['mentor'],
		connection: 'following',
		organisations: [],
		metDaysAgo: 300,
		metChannel: 'twitter',
		tags: ['design', 'agency'],
		notes: 'Follow her threads on agency pricing.',
		cadenceDays: 60
	},
	{
		...base,
		key: 'jordan',
		name: 'Jordan Price',
		title: 'Junior designer',
		roles: ['mentee'],
		organisations: ['Design Systems Meetup'],
		metDaysAgo: 200,
		metChannel: 'event',
		tags: ['design'],
		goals: 'Land a first full-time design role.',
		cadenceDays: 21
	}
];
