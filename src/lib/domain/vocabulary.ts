/** The fixed vocabularies of the domain, with the words the UI shows for them. */

export const ROLES = [
	'mentor',
	'mentee',
	'client',
	'prospect',
	'connector',
	'peer',
	'partner'
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
	mentor: 'Mentor',
	mentee: 'Mentee',
	client: 'Client',
	prospect: 'Prospect',
	connector: 'Connector',
	peer: 'Peer',
	partner: 'Partner / vendor'
};

/** "following": you follow their work, they may not know you yet (mentors from afar). */
export const CONNECTIONS = ['mutual', 'following'] as const;
export type Connection = (typeof CONNECTIONS)[number];

export const ORGANISATION_KINDS = ['company', 'community'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
	company: 'Company',
	community: 'Community or network'
};

export const INTERACTION_KINDS = [
	'coffee',
	'call',
	'video',
	'meeting',
	'email',
	'message',
	'event',
	'social'
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
	coffee: 'Coffee',
	call: 'Call',
	video: 'Video call',
	meeting: 'Meeting',
	email: 'Email',
	message: 'Message',
	event: 'Event',
	social: 'Social post'
};

export const EXCHANGE_DIRECTIONS = ['given', 'received'] as const;
export type ExchangeDirection = (typeof EXCHANGE_DIRECTIONS)[number];

export const EXCHANGE_KINDS = [
	'advice',
	'introduction',
	'referral',
	'favour',
	'feedback',
	'insight',
	'endorsement',
	'gift',
	'time'
] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
export const EXCHANGE_KIND_LABELS: Record<ExchangeKind, string> = {
	advice: 'Advice',
	introduction: 'Introduction',
	referral: 'Referral',
	favour: 'Favour',
	feedback: 'Feedback',
	insight: 'Insight or resource',
	endorsement: 'Endorsement',
	gift: 'Gift',
	time: 'Time'
};

export const LEAD_STATUSES = ['new', 'talking', 'proposal', 'won', 'lost'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
	new: 'New',
	talking: 'Talking',
	proposal: 'Proposal',
	won: 'Won',
	lost: 'Lost'
};

/** Channels are data (renamable in Settings); records keep the stable id. */
export const DEFAULT_CHANNELS = [
	{ id: 'referral', name: 'Referral / word of mouth' },
	{ id: 'twitter', name: 'Twitter / X' },
	{ id: 'linkedin', name: 'LinkedIn' },
	{ id: 'blog', name: 'Blog' },
	{ id: 'forum', name: 'Discussion group / forum' },
	{ id: 'event', name: 'Event / meetup' },
	{ id: 'website', name: 'Website' },
	{ id: 'cold', name: 'Cold outreach' },
	{ id: 'repeat', name: 'Repeat client' },
	{ id: 'other', name: 'Other' }
] as const;
