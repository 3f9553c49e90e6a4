import { describeIssue } from '../../src/lib/domain/backup/issues';
import { z } from '../../src/lib/domain/zod';
import { describe, expect, it } from 'vitest';
import {
	BACKUP_FORMAT_VERSION,
	MAX_BACKUP_BYTES,
	serializeBackup
} from '../../src/lib/domain/backup/format';
import {
	checkBackupSize,
	readBackup,
	type BackupReadResult
} from '../../src/lib/domain/backup/read';
import { NOTE_MAX } from '../../src/lib/domain/common';
import { generateSampleData } from '../../src/lib/domain/sample/generate';

const sample = generateSampleData({ today: '2026-05-01' });
const goodText = serializeBackup(sample, {
	appVersion: '0.1.0',
	exportedAt: '2026-05-01T10:00:00.000Z'
});
type Row = Record<string, unknown>;
type FileShape = {
	[key: string]: unknown;
	settings: Row;
	people: Row[];
	interactions: Row[];
	leads: Row[];
};
const good = () => JSON.parse(goodText) as FileShape;
const read = (text: string) => readBackup(text, { pause: async () => {} });

function failure(result: BackupReadResult) {
	if (result.ok) throw new Error('expected the file to be refused');
	return result.problem;
}

describe('reading a backup', () => {
	it('reads a good file back to the same records, reporting progress', async () => {
		const progress: number[] = [];
		const result = await readBackup(goodText, {
			pause: async () => {},
			onProgress: (f) => progress.push(f),
			sliceMs: 0
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup.data).toEqual(sample);
		expect(result.backup.header.counts.people).toBe(sample.people.length);
		expect(progress.at(-1)).toBe(1);
		expect(progress.length).toBeGreaterThan(10);
	});

	it('accepts a byte-order mark and any JSON layout (re-indented in an editor)', async () => {
		expect((await read(`\ufeff${goodText}`)).ok).toBe(true);
		expect((await read(JSON.stringify(good()))).ok).toBe(true);
	});

	it('refuses an empty file', async () => {
		expect(failure(await read('  \n')).kind).toBe('empty');
		expect(failure(checkBackupSize(0)!).kind).toBe('empty');
	});

	it('refuses a file that is not JSON', async () => {
		const problem = failure(await read('PK\u0003\u0004 this is a zip file'));
		expect(problem.kind).toBe('not-json');
		expect(problem.message).toMatch(/not JSON.*Nothing on this device was changed/);
	});

	it('recognises a truncated backup', async () => {
		for (const cut of [0.2, 0.5, 0.99]) {
			const problem = failure(await read(goodText.slice(0, Math.floor(goodText.length * cut))));
			expect(problem.kind).toBe('truncated');
			expect(problem.message).toMatch(/incomplete/);
		}
	});

	it('says where a damaged backup breaks', async () => {
		const text = goodText.replace('"people": [', '"people": [,');
		const problem = failure(await read(text));
		expect(problem.kind).toBe('damaged');
		expect(problem.message).toMatch(/damaged: it is not valid JSON/);
	});

	it('refuses another app’s JSON', async () => {
		for (const other of [
			'[1, 2, 3]',
			'"just a string"',
			'null',
			JSON.stringify({ version: 1, contacts: [] }),
			JSON.stringify({ format: 'monica-export', data: [] })
		]) {
			const problem = failure(await read(other));
			expect(problem.kind).toBe('foreign');
			expect(problem.message).toMatch(/not a Rapport backup/);
		}
		expect(failure(await read(JSON.stringify({ format: 'monica-export' }))).message).toContain(
			'“monica-export”'
		);
	});

	it('asks for an update when the backup is from a newer format', async () => {
		const file = { ...good(), formatVersion: BACKUP_FORMAT_VERSION + 1, appVersion: '3.0.0' };
		const problem = failure(await read(JSON.stringify(file)));
		expect(problem.kind).toBe('newer');
		expect(problem.message).toMatch(/newer version of Rapport 3\.0\.0.*Update Rapport/);
	});

	it('reads a format 1 file, made before touches could be put off, as it was', async () => {
		const file = good();
		file.formatVersion = 1;
		for (const person of file.people) delete person.touchSnooze;
		const result = await read(JSON.stringify(file));
		if (!result.ok) throw new Error(result.problem.message);
		expect(result.backup.data.people.map((p) => p.touchSnooze)).toEqual(
			file.people.map(() => null)
		);
		expect(result.backup.data.people.map((p) => p.name)).toEqual(file.people.map((p) => p.name));
	});

	it('names the record and field with a wrong type', async () => {
		const file = good();
		(file.people[2] as Record<string, unknown>).emails = 'sam@example.com';
		(file.interactions[0] as Record<string, unknown>).durationMinutes = '45';
		const problem = failure(await read(JSON.stringify(file)));
		expect(problem.kind).toBe('invalid');
		expect(problem.details.join(' ')).toMatch(
			/Person 3 \(“.+”\), field “emails”: .*expected array/
		);
		expect(problem.details.join(' ')).toMatch(
			/Interaction 1: Duration is a whole number of minutes/
		);
		const wrongList = { ...good(), leads: { a: 1 } };
		expect(failure(await read(JSON.stringify(wrongList))).message).toMatch(
			/“leads” should be a list of leads/
		);
		const badHeader = { ...good(), exportedAt: 'yesterday' };
		expect(failure(await read(JSON.stringify(badHeader))).details.join()).toMatch(/exportedAt/);
	});

	it('says a field is missing in words, not in the schema’s', () => {
		// Rapport's schemas name their own messages; a field left without one gets zod's,
		// "Invalid input: expected string, received undefined", which says nothing to a person.
		const result = z.strictObject({ label: z.string() }).safeParse({});
		if (result.success) throw new Error('parsed');
		expect(describeIssue(result.error.issues[0]!, 'Person 2')).toBe(
			'Person 2: field “label” is missing.'
		);
	});

	it('refuses duplicate ids', async () => {
		const file = good();
		file.people[5] = { ...(file.people[5] as object), id: (file.people[1] as { id: string }).id };
		const problem = failure(await read(JSON.stringify(file)));
		expect(problem.kind).toBe('duplicate');
		expect(problem.message).toMatch(/Two people in this backup have the same id/);
	});

	it('refuses counts that do not match (a list cut short by an edit)', async () => {
		const file = good();
		file.leads.pop();
		const problem = failure(await read(JSON.stringify(file)));
		expect(problem.kind).toBe('counts');
		expect(problem.message).toMatch(/says it holds 45 leads but has 44/);
	});

	it('refuses unknown keys, including __proto__ and constructor as JSON.parse keeps them', async () => {
		// JSON text, not an object literal: JSON.parse makes "__proto__" a plain own key.
		const withKey = (key: string, where: 'record' | 'top' | 'nested') => {
			const person = JSON.stringify(good().people[0]);
			if (where === 'top') return goodText.replace('{', `{"${key}": {"polluted": true},`);
			if (where === 'nested')
				return goodText.replace(
					person,
					person.replace(
						'"links":[]',
						`"links":[{"label":"","url":"https://a.example","${key}":1}]`
					)
				);
			return goodText.replace(person, person.replace('{', `{"${key}": {"isAdmin": true},`));
		};
		for (const key of ['__proto__', 'constructor', 'prototype', 'nickname']) {
			for (const where of ['record', 'top', 'nested'] as const) {
				const problem = failure(await read(withKey(key, where)));
				expect(problem.kind).toBe('invalid');
				expect(`${problem.message} ${problem.details.join(' ')}`).toContain(`“${key}”`);
			}
		}
		// Nothing leaked onto Object.prototype along the way.
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
	});

	it('refuses a 1 MB text field, naming the field, without echoing it', async () => {
		const file = good();
		const huge = 'x'.repeat(1024 * 1024);
		(file.people[0] as Record<string, unknown>).notes = huge;
		(file.interactions[3] as Record<string, unknown>).note = huge;
		const problem = failure(await read(JSON.stringify(file)));
		const text = problem.details.join(' ');
		expect(text).toMatch(
			new RegExp(
				`Person 1 \\(“.+”\\): Notes is too long \\(at most ${NOTE_MAX.toLocaleString('en')} characters\\)`
			)
		);
		expect(text).toMatch(/Interaction 4: Note is too long/);
		expect(text.length).toBeLessThan(2000);
		const hugeName = { ...good(), settings: { ...(good().settings as object), ownerName: huge } };
		expect(failure(await read(JSON.stringify(hugeName))).details.join()).toMatch(
			/Settings: Your name is too long/
		);
		const hugeKey = goodText.replace('{', `{"${huge}": 1,`);
		expect(failure(await read(hugeKey)).message.length).toBeLessThan(400);
	});

	it('limits the file size: a 50 MB file is read, one over the limit is refused unread', async () => {
		expect(checkBackupSize(50 * 1024 * 1024)).toBeUndefined();
		expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeUndefined();
		const problem = failure(checkBackupSize(MAX_BACKUP_BYTES + 1)!);
		expect(problem.kind).toBe('too-large');
		expect(problem.message).toMatch(
			/This file is 128 MB; Rapport restores backups of up to 128 MB/
		);
		// 50 MB of something else gets the message for what it is.
		const junk = `{"rows": "${'a'.repeat(50 * 1024 * 1024)}"}`;
		expect(failure(await read(junk)).kind).toBe('foreign');
	});

	it('stops after a few problems and says so in a handful of lines', async () => {
		const file = good();
		for (const p of file.people) (p as Record<string, unknown>).name = '';
		const problem = failure(await read(JSON.stringify(file)));
		expect(problem.details).toHaveLength(5);
	});
});
