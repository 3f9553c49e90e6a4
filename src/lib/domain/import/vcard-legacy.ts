/**
 * Brings vCard 2.1 (still what many phones export) into the 3.0 shape that
 * ical.js parses, and drops embedded media. Only the envelope is touched
 * (parameters, quoted-printable encoding, line continuations); ical.js does
 * the parsing itself.
 */

// Photos, logos, sounds and keys are large base64 blobs Rapport never keeps.
const MEDIA = /^(?:[\w-]+\.)?(photo|logo|sound|key)[;:]/i;

/** Splits "NAME;PARAMS:value" at the first colon outside double quotes. */
function splitProperty(line: string): [string, string] | undefined {
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === '"') quoted = !quoted;
		else if (c === ':' && !quoted) return [line.slice(0, i), line.slice(i + 1)];
	}
	return undefined;
}

function decodeQuotedPrintable(value: string, charset: string): string {
	const bytes: number[] = [];
	for (let i = 0; i < value.length; i++) {
		const hex = value.slice(i + 1, i + 3);
		if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			bytes.push(...new TextEncoder().encode(value[i]));
		}
	}
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(charset);
	} catch {
		decoder = new TextDecoder('utf-8');
	}
	return decoder.decode(new Uint8Array(bytes));
}

function fixLine(line: string): string {
	const parts = splitProperty(line);
	if (!parts) return line;
	const [head, raw] = parts;
	const [name, ...params] = head.split(';');
	let value = raw;
	let charset = 'utf-8';
	let quotedPrintable = false;
	const kept: string[] = [];
	for (const param of params) {
		if (!param) continue;
		const eq = param.indexOf('=');
		if (eq < 0) {
			// 2.1 allows bare encodings ("FN;QUOTED-PRINTABLE:J=C3=BCrgen") and types ("TEL;CELL;PREF").
			if (param.toUpperCase() === 'QUOTED-PRINTABLE') quotedPrintable = true;
			else kept.push(`TYPE=${param}`);
			continue;
		}
		const key = param.slice(0, eq).toUpperCase();
		const val = param.slice(eq + 1);
		if (key === 'ENCODING' && val.toUpperCase() === 'QUOTED-PRINTABLE') quotedPrintable = true;
		else if (key === 'CHARSET') charset = val;
		else if (key !== 'ENCODING') kept.push(param);
	}
	if (quotedPrintable) {
		value = decodeQuotedPrintable(value, charset)
			.replace(/\\/g, '\\\\')
			.replace(/\r\n|\r|\n/g, '\\n');
	}
	return [name, ...kept].join(';') + ':' + value;
}

export function normaliseVcardText(text: string): string {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	const out: string[] = [];
	let skippingMedia = false;
	for (let i = 0; i < lines.length; i++) {
		let line = lines[i] ?? '';
		if (skippingMedia) {
			// A media value continues on indented lines (and, in 2.1, up to a blank line).
			if (/^[ \t]/.test(line) || (line !== '' && !line.includes(':'))) continue;
			skippingMedia = false;
			if (line === '') continue;
		}
		if (MEDIA.test(line)) {
			skippingMedia = true;
			continue;
		}
		if (line === '') continue;
		if (/^[ \t]/.test(line)) {
			out.push(line);
			continue;
		}
		// Quoted-printable soft line breaks: a trailing "=" joins the next line.
		if (/;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line.split(':')[0] + ':')) {
			while (line.endsWith('=') && i + 1 < lines.length) {
				line = line.slice(0, -1) + (lines[++i] ?? '');
			}
		}
		out.push(fixLine(line));
	}
	return out.join('\r\n') + '\r\n';
}
