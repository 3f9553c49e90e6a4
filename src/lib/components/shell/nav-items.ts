export type NavItem = {
	href:
		'/' | '/people' | '/interactions' | '/log' | '/leads' | '/sources' | '/insights' | '/settings';
	label: string;
	icon: string;
	/** Only in the side bar on wide screens: the phone's bottom bar holds six tabs at 360 px. */
	wideOnly?: boolean;
};

/** Main destinations. Icons are 24×24 SVG path data (drawn as strokes). */
export const NAV_ITEMS: NavItem[] = [
	{ href: '/', label: 'Today', icon: 'M4 10.5 12 4l8 6.5V20h-5v-6H9v6H4z' },
	{
		href: '/people',
		label: 'People',
		icon: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 10c0-3.9 3.1-7 7-7s7 3.1 7 7M17 11a3 3 0 1 0 0-6m2 16c0-2.6-1-4.8-3-6'
	},
	{
		href: '/interactions',
		label: 'Interactions',
		icon: 'M4 6h16M4 12h16M4 18h10',
		wideOnly: true
	},
	{ href: '/log', label: 'Log', icon: 'M12 4v16M4 12h16' },
	{ href: '/leads', label: 'Leads', icon: 'M3 5h18l-7 8v6l-4 2v-8z' },
	{
		href: '/sources',
		label: 'Sources',
		icon: 'M6 3v12m12-6a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM6 21a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm12-12a9 9 0 0 1-9 9',
		wideOnly: true
	},
	{ href: '/insights', label: 'Insights', icon: 'M4 20V10m6 10V4m6 16v-7m4 7H2' },
	{
		href: '/settings',
		label: 'Settings',
		icon: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7.4-3a7.4 7.4 0 0 0-.1-1.3l2-1.6-2-3.4-2.4 1a7 7 0 0 0-2.2-1.3L14.3 3h-4l-.4 2.5a7 7 0 0 0-2.2 1.3l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.6l-2 1.6 2 3.4 2.4-1a7 7 0 0 0 2.2 1.3l.4 2.5h4l.4-2.5a7 7 0 0 0 2.2-1.3l2.4 1 2-3.4-2-1.6c.1-.4.1-.9.1-1.3z'
	}
];

/** Screens reached from a tab that keep it highlighted. */
const SECTIONS: Record<string, string[]> = { '/people': ['/organisations'] };

export function isActive(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return [href, ...(SECTIONS[href] ?? [])].some(
		(base) => pathname === base || pathname.startsWith(`${base}/`)
	);
}
