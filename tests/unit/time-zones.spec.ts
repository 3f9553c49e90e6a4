import { afterEach, describe, expect, it } from 'vitest';
import { backupFilename } from '../../src/lib/domain/backup/format';
import { nextDueOn } from '../../src/lib/domain/cadence';
import { dayOfTimestamp, localNoonOf, toDay } from '../../src/lib/domain/days';
import { PEOPLE_FIELDS } from '../../src/lib/domain/filters/people';
import { storedPerson } from './factories';

// This file runs in forked processes (vite.config.ts): there, setting TZ changes the time
// zone; in a worker thread it would not, and these tests would pass in UTC alone.
const original = process.env.TZ;
afterEach(() => {
	process.env.TZ = original;
});

const person = storedPerson;

it('switching TZ takes effect here', () => {
	process.env.TZ = 'America/Los_Angeles';
	expect(toDay(new Date('2026-06-11T01:00:00.000Z'))).toBe('2026-06-10');
	process.env.TZ = 'UTC';
	expect(toDay(new Date('2026-06-11T01:00:00.000Z'))).toBe('2026-06-11');
});

describe('nextDueOn', () => {
	describe('across daylight-saving changes', () => {
		it.each(['America/New_York', 'Europe/Lisbon', 'Australia/Sydney'])(
			'counts whole days in %s',
			(tz) => {
				process.env.TZ = tz;
				expect(nextDueOn(person({ name: 'a', cadenceDays: 1 }), '2026-03-08')).toBe('2026-03-09');
				expect(nextDueOn(person({ name: 'a', cadenceDays: 7 }), '2026-03-27')).toBe('2026-04-03');
				expect(nextDueOn(person({ name: 'a', cadenceDays: 1 }), '2026-10-04')).toBe('2026-10-05');
				expect(nextDueOn(person({ name: 'a', cadenceDays: 1 }), '2026-11-01')).toBe('2026-11-02');
			}
		);
	});
});

describe('the local day of a stored time', () => {
	it('is the day on the person’s calendar, not the UTC date', () => {
		// 18:00 on June 10 in Los Angeles is already June 11 in UTC.
		process.env.TZ = 'America/Los_Angeles';
		const evening = '2026-06-11T01:00:00.000Z';
		expect(dayOfTimestamp(evening)).toBe('2026-06-10');
		expect(backupFilename(evening)).toBe('rapport-backup-2026-06-10.json');
		const added = PEOPLE_FIELDS.fields.find((f) => f.key === 'created')!;
		expect(added.get({ person: { createdAt: evening } } as never, {} as never)).toBe('2026-06-10');
		// 08:00 on June 11 in Auckland is still June 10 in UTC.
		process.env.TZ = 'Pacific/Auckland';
		expect(dayOfTimestamp('2026-06-10T20:00:00.000Z')).toBe('2026-06-11');
	});

	it('local noon of a day reads back as that day in any time zone', () => {
		for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Auckland', 'Pacific/Kiritimati']) {
			process.env.TZ = tz;
			for (const day of ['2026-01-01', '2026-03-08', '2026-06-30', '2026-12-31']) {
				expect(dayOfTimestamp(localNoonOf(day))).toBe(day);
			}
		}
	});
});
