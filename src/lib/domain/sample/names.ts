/** Word pools for the sample network. Invented names; any likeness is chance. */

export const FIRST_NAMES = [
	'Aisha',
	'Ben',
	'Carla',
	'Dev',
	'Emma',
	'Felix',
	'Gabriela',
	'Hassan',
	'Ines',
	'Jonas',
	'Kateryna',
	'Liam',
	'Mei',
	'Nadia',
	'Omar',
	'Paula',
	'Quentin',
	'Rosa',
	'Santiago',
	'Tara',
	'Uma',
	'Victor',
	'Wen',
	'Ximena',
	'Yusuf',
	'Zoe',
	'Anton',
	'Bea',
	'Chidi',
	'Dara',
	'Erik',
	'Farah',
	'Greta',
	'Hugo',
	'Ivy',
	'Jamal',
	'Kira',
	'Luca',
	'Mila',
	'Noah',
	'Olga',
	'Pedro',
	'Rania',
	'Sven',
	'Tomas',
	'Vera',
	'Will',
	'Yara',
	'Zain',
	'Amara'
] as const;

export const LAST_NAMES = [
	'Abbott',
	'Baptiste',
	'Castillo',
	'Dimitrov',
	'Eriksen',
	'Fontaine',
	'Gupta',
	'Hartmann',
	'Ibrahim',
	'Jansen',
	'Kowalski',
	'Laurent',
	'Mensah',
	'Nakamura',
	'Oliveira',
	'Petrov',
	'Quinn',
	'Romero',
	'Schneider',
	'Tanaka',
	'Ueda',
	'Varga',
	'Walsh',
	'Xu',
	'Yilmaz',
	'Zimmer',
	'Adeyemi',
	'Bianchi',
	'Costa',
	'Duarte',
	'Evans',
	'Fischer',
	'Greene',
	'Holm',
	'Iversen',
	'Jovanovic',
	'Khan',
	'Lindgren',
	'Moreau',
	'Novak'
] as const;

export const TITLES = [
	'Founder',
	'Managing director',
	'Head of marketing',
	'Product manager',
	'Engineering lead',
	'Operations manager',
	'Consultant',
	'Designer',
	'Accountant',
	'Lawyer',
	'Recruiter',
	'Sales director',
	'Owner',
	'CTO',
	'Community organiser'
] as const;

export const CITIES = [
	'Lisbon',
	'Berlin',
	'Dublin',
	'Lyon',
	'Rotterdam',
	'Remote',
	'Barcelona',
	'Leeds'
] as const;

export const TAGS = [
	'local',
	'design',
	'saas',
	'retail',
	'fintech',
	'health',
	'nonprofit',
	'agency',
	'speaker',
	'writer',
	'investor',
	'hiring'
] as const;

export const GOALS = [
	'Grow the studio to five people without losing the craft.',
	'Launch a second product line this year.',
	'Get promoted to partner; measured on client retention.',
	'Raise a seed round in the spring.',
	'Move the team to a four-day week.',
	'Win two public-sector contracts.',
	'Publish a book on their field.'
] as const;

export const INTERESTS = [
	'Trail running',
	'Sourdough',
	'Jazz piano',
	'Sailing',
	'Chess',
	'Urban sketching',
	'Climbing',
	'Volunteers at a food bank',
	'Birdwatching',
	'Cycling tours'
] as const;

export const NOTES = [
	'Prefers mornings; coffee near the station.',
	'Ask about the conference talk.',
	'Very direct; likes a short agenda.',
	'Has a network in the logistics sector.',
	'Met through a friend of a friend.',
	''
] as const;

export const INTERACTION_NOTES = [
	'Caught up on their new project.',
	'Talked pricing and positioning.',
	'Swapped notes on hiring.',
	'They asked about my process.',
	'Quick check-in.',
	''
] as const;

export const LEAD_TOPICS = [
	'Website redesign',
	'Design system audit',
	'Brand refresh',
	'Onboarding flow',
	'Analytics dashboard',
	'Accessibility review',
	'Mobile app prototype',
	'Workshop for the team',
	'E-commerce launch'
] as const;
