import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowToPerson } from '../../src/lib/domain/import/candidate';
import { ImportFileError, readCsv } from '../../src/lib/domain/import/csv-read';
import {
	autoMap,
	guessField,
	mappingProblem,
	type SourceTable
} from '../../src/lib/domain/import/fields';
import { pickedToTable } from '../../src/lib/domain/import/contact-picker';
import { readVcard } from '../../src/lib/domain/import/vcard';

const fixture = (name: string) =>
	readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

/** Every row of a table as the person it becomes (or its error). */
function people(table: SourceTable) {
	const mapping = autoMap(table.headers);
	return table.rows.map((cells, i) => rowToPerson(cells, mapping, i + 2));
}
function ok(table: SourceTable) {
	return people(table).flatMap((o) => (o.ok ? [o.person] : []));
}

describe('reading CSV exports', () => {
	it('reads Google Contacts (current format) with BOM, CRLF and quoted newlines', async () => {
		const table = await readCsv(fixture('google-contacts.csv'));
		expect(table.format).toBe('Google Contacts');
		expect(table.headers[0]).toBe('First Name'); // the BOM is gone
		expect(table.rows).toHaveLength(5);
		const [amelie, bram, chen, nameless] = ok(table);
		expect(amelie).toMatchObject({
			name: 'Amélie Durand',
			emails: ['amelie@durand.test', 'amelie.durand@mail.test'],
			phones: ['+33 6 12 34 56 78'],
			organisationNames: ['Atelier Durand'],
			title: 'Founder',
			tags: ['Clients'],
			location: 'Lisbon, Portugal',
			links: [{ label: '', url: 'https://www.durand.test' }]
		});
		expect(amelie?.notes).toBe(
			'Met at the Lisbon design meetup.\r\nWants intros to fintech founders.'
		);
		expect(bram?.phones).toEqual(['+31 20 555 0101', '+31 6 5550 0102']);
		// Google's own labels ("* starred", "* myContacts") are not tags.
		expect(chen?.tags).toEqual(['Mentors', 'Clients']);
		// No name: the organisation stands in.
		expect(nameless?.name).toBe('Nameless Holdings');
		const errors = people(table).filter((o) => !o.ok);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ row: 6, name: 'Dana Ortiz' });
		expect(!errors[0]!.ok && errors[0]!.message).toMatch(/email/i);
	});

	it('reads the older Google Contacts format', async () => {
		const table = await readCsv(fixture('google-contacts-old.csv'));
		expect(autoMap(table.headers)).toEqual([
			'name',
			'firstName',
			'middleName',
			'lastName',
			'tags',
			'ignore',
			'emails',
			'ignore',
			'phones',
			'ignore',
			'organisations',
			'title',
			'notes',
			'ignore',
			'links'
		]);
		const [elif] = ok(table);
		expect(elif).toMatchObject({
			name: 'Elif Kaya',
			tags: ['Peers'],
			organisationNames: ['Kaya Studio'],
			title: 'Illustrator',
			links: [{ label: '', url: 'https://elif.test' }]
		});
	});

	it('reads Outlook, ignoring the courtesy title, fax and e-mail display name', async () => {
		const table = await readCsv(fixture('outlook.csv'));
		expect(table.format).toBe('Outlook contacts');
		const mapping = autoMap(table.headers);
		expect(mapping[table.headers.indexOf('Title')]).toBe('ignore');
		expect(mapping[table.headers.indexOf('Job Title')]).toBe('title');
		expect(mapping[table.headers.indexOf('Business Fax')]).toBe('ignore');
		expect(mapping[table.headers.indexOf('E-mail Display Name')]).toBe('ignore');
		const [grace, hugo] = ok(table);
		expect(grace).toMatchObject({
			name: 'Grace Okoye',
			title: 'Medical Director',
			organisationNames: ['Okoye Health'],
			phones: ['+234 1 555 0100', '+234 803 555 0101'],
			tags: ['Clients', 'Mentors'],
			location: 'Lagos, Nigeria',
			notes: 'Prefers calls, not email.'
		});
		expect(hugo?.emails).toEqual(['hugo@lind.test', 'hugo.private@lind.test']);
	});

	it('takes a header with one named column as the header, keeping the first person', async () => {
		const table = await readCsv('Name,,\nAna Ruiz,ana@x.test,Acme\nBo Li,bo@x.test,Globex\n');
		expect(table.headers).toEqual(['Name', 'Column 2', 'Column 3']);
		expect(table.rows.map((r) => r[0])).toEqual(['Ana Ruiz', 'Bo Li']);
	});

	it('takes a title padded to the table width for a title, not the header', async () => {
		const table = await readCsv(
			'My contacts (exported 2024),,\r\nName,Email,Phone\r\nAda,a@x.test,555 0100\r\n'
		);
		expect(table.headers).toEqual(['Name', 'Email', 'Phone']);
		expect(table.rows.map((r) => r[0])).toEqual(['Ada']);
		expect(table.rowNumbers).toEqual([3]);
	});

	it('reads a double-spaced file with semicolons, tabs or pipes in its columns', async () => {
		for (const d of [';', '\t', '|']) {
			const line = (...cells: string[]) => cells.join(d);
			const text = [
				line('Name', 'Email'),
				'',
				line('Ada', 'a@x.test'),
				'',
				line('Bo', 'b@x.test'),
				''
			].join('\r\n');
			const table = await readCsv(text);
			expect(table.headers).toEqual(['Name', 'Email']);
			expect(table.rows).toEqual([
				['Ada', 'a@x.test'],
				['Bo', 'b@x.test']
			]);
			expect(table.rowNumbers).toEqual([3, 5]);
		}
	});

	it('numbers rows as a spreadsheet shows them, after a preamble and blank rows', async () => {
		const text =
			'Notes:\n"Exported, with care\nover two lines"\n\nName,Email\nAna,a@x.test\n\n,\nBo,b@x.test\n';
		const table = await readCsv(text);
		expect(table.rows.map((r) => r[0])).toEqual(['Ana', 'Bo']);
		// Records: Notes 1, the quoted paragraph 2, blank 3, header 4, Ana 5, blank 6 and 7, Bo 8.
		expect(table.rowNumbers).toEqual([5, 8]);
	});

	it('skips the LinkedIn "Notes:" preamble and reads Connected On as the day you met', async () => {
		const table = await readCsv(fixture('linkedin-connections.csv'));
		expect(table.format).toBe('LinkedIn connections');
		expect(table.headers).toEqual([
			'First Name',
			'Last Name',
			'URL',
			'Email Address',
			'Company',
			'Position',
			'Connected On'
		]);
		const [ines, jonas, kofi] = ok(table);
		expect(ines).toMatchObject({
			name: 'Ines Moreau',
			metOn: '2024-03-12',
			title: 'Consultant',
			links: [{ label: '', url: 'https://www.linkedin.com/in/inesmoreau' }]
		});
		expect(jonas?.organisationNames).toEqual(['Berg, Berg & Partners']);
		expect(kofi?.organisationNames).toEqual([]);
	});

	it('guesses semicolon and tab delimiters', async () => {
		const semi = await readCsv(fixture('semicolon.csv'));
		expect(semi.headers).toEqual(['Name', 'Email', 'Phone', 'Company', 'Tags', 'Notes']);
		expect(ok(semi)[0]).toMatchObject({
			name: 'Lena Fischer',
			tags: ['clients', 'berlin'],
			notes: 'Budget 1.500,00 €; renews in May'
		});
		const tab = await readCsv(fixture('tab.tsv'));
		expect(tab.headers).toHaveLength(6);
		expect(autoMap(tab.headers)).toEqual([
			'name',
			'emails',
			'phones',
			'organisations',
			'location',
			'ignore'
		]);
		expect(ok(tab).map((p) => p.name)).toEqual(['Nadia Petrova', 'Oscar Nilsson']);
	});

	it('reads a large file in slices with the same result', async () => {
		const lines = ['Name,Email,Notes'];
		for (let i = 0; i < 3000; i++) lines.push(`Person ${i},p${i}@x.test,"line\nbreak ${i}"`);
		const text = lines.join('\r\n');
		const whole = await readCsv(text);
		const sliced = await readCsv(text, 1000);
		expect(sliced.rows).toHaveLength(3000);
		expect(sliced.rows).toEqual(whole.rows);
		expect(sliced.rows[2999]).toEqual(['Person 2999', 'p2999@x.test', 'line\nbreak 2999']);
	});

	it('refuses empty, header-only and cut-short files with a reason', async () => {
		await expect(readCsv('')).rejects.toThrow(ImportFileError);
		await expect(readCsv('\uFEFF  \r\n')).rejects.toThrow(/empty/);
		await expect(readCsv('Name,Email\r\n')).rejects.toThrow(/no people/);
		await expect(readCsv('Name,Notes\r\nSam,"never closed\r\nRuth,x\r\n')).rejects.toThrow(
			/never closed/
		);
	});

	it('says a binary file (a spreadsheet, a zip, an image) is not a file of rows', async () => {
		// The start of an .xlsx (a zip) as the Windows encoding reads it; and a PNG's.
		const xlsx = new TextDecoder('windows-1252').decode(
			Uint8Array.from([0x50, 0x4b, 3, 4, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0, 1, 2, 3, 4, 5])
		);
		const png = '\uFFFDPNG\r\n\u001a\n' + '\u0001\u0002\u0003\uFFFD'.repeat(20);
		for (const text of [xlsx, png]) {
			await expect(readCsv(text)).rejects.toThrow(/not a text file of rows/);
		}
		// Text with a stray control character or two is still read.
		await expect(readCsv('Name,Email\r\nSam\u0007,sam@x.test\r\n')).resolves.toMatchObject({
			rows: [['Sam\u0007', 'sam@x.test']]
		});
	});
});

describe('mapping', () => {
	it('maps the common headers and leaves the rest out', () => {
		expect(guessField('E-mail 1 - Value')).toBe('emails');
		expect(guessField('E-mail 1 - Label')).toBe('ignore');
		expect(guessField('Phonetic First Name')).toBe('ignore');
		// Outlook's numbers of someone else, or of no one: not the contact's own phone.
		for (const h of [
			"Assistant's Phone",
			'Callback',
			'Company Main Phone',
			'Radio Phone',
			'TTY/TDD Phone'
		]) {
			expect(guessField(h)).toBe('ignore');
		}
		for (const h of ['Business Phone', 'Mobile Phone', 'Car Phone', 'Primary Phone']) {
			expect(guessField(h)).toBe('phones');
		}
		expect(guessField('Organization 1 - Name')).toBe('organisations');
		expect(guessField('Organization Title')).toBe('title');
		expect(guessField('Connected On')).toBe('metOn');
		expect(guessField('Favourite colour')).toBe('ignore');
	});

	it('needs a name or an email column', () => {
		expect(mappingProblem(['ignore', 'phones'])).toMatch(/name/);
		expect(mappingProblem(['lastName', 'phones'])).toBeUndefined();
		expect(mappingProblem(['emails'])).toBeUndefined();
	});

	it('follows a changed mapping', () => {
		const cells = ['Sam Okafor', 'Rome'];
		const before = rowToPerson(cells, ['name', 'ignore'], 2);
		const after = rowToPerson(cells, ['name', 'location'], 2);
		expect(before.ok && before.person.location).toBe('');
		expect(after.ok && after.person.location).toBe('Rome');
	});

	it('reports every problem of a row in words, without saving it', () => {
		const outcome = rowToPerson(
			['', 'bad@', 'call me', 'someday', 'wizard'],
			['name', 'emails', 'phones', 'metOn', 'roles'],
			7
		);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.row).toBe(7);
		expect(outcome.message).toMatch(/email/i);
		expect(outcome.message).toMatch(/Phone/);
		expect(outcome.message).toMatch(/Met on: “someday”/);
		expect(outcome.message).toMatch(/“wizard” is not a role/);
	});

	it('strips the quote Rapport adds against formula injection', () => {
		const outcome = rowToPerson(
			['Sam', "'+44 20 7946 0123", "'=not a formula"],
			['name', 'phones', 'notes'],
			2
		);
		expect(outcome.ok && outcome.person.phones).toEqual(['+44 20 7946 0123']);
		expect(outcome.ok && outcome.person.notes).toBe('=not a formula');
	});
});

describe('reading vCards', () => {
	it('reads vCard 3.0 with grouped properties, folded lines and a photo', () => {
		const table = readVcard(fixture('contacts-v3.vcf'));
		expect(table.rows).toHaveLength(2);
		const [paula, tomas] = ok(table);
		expect(paula).toMatchObject({
			name: 'Paula Quinn',
			emails: ['paula@quinn.test', 'paula.quinn@mail.test'],
			phones: ['+353 87 555 0100'],
			organisationNames: ['Quinn Architecture'],
			title: 'Architect',
			tags: ['Clients', 'Architects'],
			location: 'Dublin, Ireland',
			notes: 'Introduced by Hugo.\nLikes long walks.',
			links: [{ label: '', url: 'https://quinn.test' }]
		});
		expect(tomas).toMatchObject({ name: 'Tomás Reyes', phones: ['+34 91 555 0100'] });
	});

	it('reads vCard 4.0, several cards, tel: URIs and escaped commas', () => {
		const table = readVcard(fixture('contacts-v4.vcf'));
		const outcomes = people(table);
		expect(outcomes).toHaveLength(3);
		expect(outcomes[0]).toMatchObject({
			ok: true,
			person: { name: 'Uma Shah', phones: ['+91-98-5550-0100'], tags: ['mentors'] }
		});
		expect(outcomes[1]).toMatchObject({
			ok: true,
			person: { notes: 'Met at a book fair, Paris.' }
		});
		expect(outcomes[2]).toMatchObject({ ok: false, name: 'Wen Zhao' });
	});

	it('reads vCard 2.1 with quoted-printable text and bare parameter types', () => {
		const [juergen] = ok(readVcard(fixture('contacts-v21.vcf')));
		expect(juergen).toMatchObject({
			name: 'Jürgen Müller',
			phones: ['+49 170 5550100', '+49 30 5550100'],
			emails: ['juergen@mueller.test'],
			notes: 'First line\nsecond line'
		});
	});

	it('keeps notes whole: 2.1 commas, escaped semicolons, and bare QUOTED-PRINTABLE', () => {
		const card = (lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n');
		const [old, v3, v4] = ok(
			readVcard(
				[
					card([
						'VERSION:2.1',
						'N;CHARSET=UTF-8;QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen',
						'FN;CHARSET=UTF-8;QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller',
						'NOTE:Met at the fair, follow up, soon'
					]),
					card(['VERSION:3.0', 'FN:Ana Ruiz', 'NOTE:Budget: 5k\\; decision\\, later']),
					card(['VERSION:4.0', 'FN:Bo Li', 'TITLE:CEO\\; founder', 'NOTE:a\\; b'])
				].join('\r\n')
			)
		);
		expect(old).toMatchObject({ name: 'Jürgen Müller', notes: 'Met at the fair, follow up, soon' });
		expect(v3).toMatchObject({ name: 'Ana Ruiz', notes: 'Budget: 5k; decision, later' });
		expect(v4).toMatchObject({ name: 'Bo Li', title: 'CEO; founder', notes: 'a; b' });
	});

	it('refuses a file that is not a vCard', () => {
		expect(() => readVcard('Name,Email\nSam,sam@x.test')).toThrow(ImportFileError);
		expect(() => readVcard('BEGIN:VCARD\nVERSION:3.0\nFN Sam\nEND:VCARD')).toThrow(ImportFileError);
		// Cut short: said in words, not in the parser's.
		expect(() => readVcard('BEGIN:VCARD\nVERSION:3.0\nFN:Sam\n')).toThrow(
			'This vCard file is cut short: a contact card starts but never ends. Export it again from your phone or address book.'
		);
	});
});

describe('Contact Picker results', () => {
	it('become rows with the vCard columns', () => {
		const table = pickedToTable([
			{
				name: ['Sam Okafor'],
				email: ['sam@x.test', 'sam@y.test'],
				tel: ['+1 555 0100'],
				address: [{ city: 'Lagos', country: 'Nigeria' }]
			},
			{ name: [], email: ['only@x.test'] }
		]);
		const [sam, only] = ok(table);
		expect(sam).toMatchObject({
			name: 'Sam Okafor',
			emails: ['sam@x.test', 'sam@y.test'],
			location: 'Lagos, Nigeria'
		});
		expect(only?.name).toBe('only@x.test');
		// Counted as contacts on the import screen, like a vCard's.
		expect(table.unit).toBe('contact');
	});
});
