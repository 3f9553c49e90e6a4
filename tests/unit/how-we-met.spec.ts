import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/lib/domain/days';
import { howWeMet } from '../../src/lib/domain/how-we-met';

describe('how we met', () => {
	it('starts with "Introduced by" when only the introducer is known', () => {
		expect(howWeMet({ metOn: null, metEvent: '' }, undefined)).toEqual({
			met: '',
			introducedBy: 'Introduced by'
		});
	});

	it('joins what is known of the meeting and adds the introducer after a dash', () => {
		expect(howWeMet({ metOn: '2026-03-12', metEvent: 'Web Summit' }, 'Conference')).toEqual({
			met: `${formatDay('2026-03-12')} · Conference · Web Summit`,
			introducedBy: '— introduced by'
		});
		expect(howWeMet({ metOn: null, metEvent: 'Web Summit' }, undefined).met).toBe('Web Summit');
	});
});
