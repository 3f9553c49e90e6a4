import type { z } from 'zod/mini';
import type { Dataset } from '../dataset';
import { exchangeSchema } from '../exchange';
import { interactionSchema } from '../interaction';
import { leadSchema } from '../lead';
import { organisationSchema } from '../organisation';
import { personSchema } from '../person';
import { settingsSchema } from '../settings';
import {
	BACKUP_ENTITIES,
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	backupHeaderSchema,
	ENTITY_LABELS,
	MAX_BACKUP_BYTES,
	type Backup,
	type BackupEntity
} from './format';
import { describeIssue, quoted } from './issues';
import { parseBackupLayout } from './layout';

export type BackupProblemKind =
	| 'empty'
	| 'too-large'
	| 'not-json'
	| 'truncated'
	| 'damaged'
	| 'foreign'
	| 'newer'
	| 'invalid'
	| 'duplicate'
	| 'counts';

/** Why a file cannot be restored, in words a person can act on. Nothing was changed. */
export type BackupProblem = { kind: BackupProblemKind; message: string; details: string[] };

export type BackupReadResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

const UNCHANGED = 'Nothing on this device was changed.';
const MAX_DETAILS = 5;

function problem(kind: BackupProblemKind, message: string, details: string[] = []) {
	return { ok: false as const, problem: { kind, message: `${message} ${UNCHANGED}`, details } };
}

function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/** Checked before the file is read at all. */
export function checkBackupSize(bytes: number): BackupReadResult | undefined {
	if (bytes === 0) return problem('empty', 'This file is empty: it is not a Rapport backup.');
	if (bytes > MAX_BACKUP_BYTES) {
		return problem(
			'too-large',
			`This file is ${megabytes(bytes)}; Rapport restores backups of up to ${megabytes(MAX_BACKUP_BYTES)} (a backup of years of heavy use is well under that). It is probably not a Rapport backup.`
		);
	}
	return undefined;
}

/** JSON.parse with a message for each way it fails. Keys like `__proto__` stay plain own keys. */
export function parseBackupText(
	text: string
): { ok: true; value: unknown } | { ok: false; problem: BackupProblem } {
	// A text editor may have saved the file with a byte-order mark.
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '')
		return problem('empty', 'This file is empty: it is not a Rapport backup.');
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const ours = body.slice(0, 400).includes(`"${BACKUP_FORMAT}"`);
		const at = /position (\d+)/.exec(message);
		const position = at ? Number(at[1]) : undefined;
		const atEnd =
			/end of (JSON )?(input|data)|unterminated|EOF/i.test(message) ||
			(position !== undefined && position >= body.trimEnd().length - 1);
		const startsLikeJson = /^\s*[{[]/.test(body);
		if (atEnd && startsLikeJson) {
			return problem(
				'truncated',
				'This backup is incomplete: it stops in the middle, as if it was cut off while being downloaded or copied. Use the complete file, or export a new backup.'
			);
		}
		if (ours) {
			const where = position === undefined ? '' : ` at ${lineAndColumn(body, position)}`;
			return problem(
				'damaged',
				`This Rapport backup is damaged: it is not valid JSON${where}, perhaps after an edit. Use an unedited copy.`
			);
		}
		return problem(
			'not-json',
			'This is not a Rapport backup: the file is not JSON. A backup is the .json file made by “Back up now” in Settings.'
		);
	}
}

function lineAndColumn(text: string, position: number): string {
	const before = text.slice(0, position);
	const line = before.split('\n').length;
	const column = position - before.lastIndexOf('\n');
	return `line ${line}, column ${column}`;
}

const SCHEMAS: Record<BackupEntity, z.ZodMiniType> = {
	people: personSchema,
	organisations: organisationSchema,
	interactions: interactionSchema,
	exchanges: exchangeSchema,
	leads: leadSchema
};

const TOP_LEVEL_KEYS = new Set<string>([
	...Object.keys(backupHeaderSchema.shape),
	'settings',
	...BACKUP_ENTITIES
]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How the validation shares the page: pause to let it paint, and report how far it got. */
export type ValidateOptions = {
	/** Lets the page handle input between slices of work (the browser passes a real yield). */
	pause?: () => Promise<void>;
	onProgress?: (fraction: number) => void;
	/** Milliseconds of work between pauses. */
	sliceMs?: number;
};

const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks a parsed file completely — header, settings, every record against the
 * same schemas as the app's own writes, duplicate ids — before anything is
 * written. Returns the records as the schemas output them.
 */
export async function validateBackup(
	value: unknown,
	options: ValidateOptions = {}
): Promise<BackupReadResult> {
	const { pause = defaultPause, onProgress, sliceMs = 25 } = options;
	if (!isPlainObject(value) || !Object.hasOwn(value, 'format')) {
		return problem(
			'foreign',
			'This is not a Rapport backup: it is a JSON file, but not one Rapport made (it has no “format”: “rapport-backup”). It may be another app’s export.'
		);
	}
	if (value.format !== BACKUP_FORMAT) {
		const name = typeof value.format === 'string' ? ` a “${quoted(value.format)}” file` : '';
		return problem(
			'foreign',
			`This is not a Rapport backup: it is${name || ' a file'} from another app.`
		);
	}
	const version = value.formatVersion;
	if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_FORMAT_VERSION) {
		const app = typeof value.appVersion === 'string' ? ` ${quoted(value.appVersion)}` : '';
		return problem(
			'newer',
			`This backup was made by a newer version of Rapport${app} (backup format ${version}; this version reads format ${BACKUP_FORMAT_VERSION}). Update Rapport — open it while online and choose “Reload” when it offers an update — then restore again.`
		);
	}
	const unknown = Object.keys(value).filter((key) => !TOP_LEVEL_KEYS.has(key));
	if (unknown.length) {
		return problem(
			'invalid',
			`This backup has ${unknown.length === 1 ? 'a part' : 'parts'} Rapport does not know: ${unknown.map((k) => `“${quoted(k)}”`).join(', ')}. It was edited or made by another tool.`
		);
	}
	const headerInput: Record<string, unknown> = {};
	for (const key of Object.keys(backupHeaderSchema.shape)) headerInput[key] = value[key];
	const header = backupHeaderSchema.safeParse(headerInput);
	if (!header.success) {
		return problem(
			'invalid',
			'This backup’s header (format, version, export time and counts) is damaged.',
			header.error.issues.slice(0, MAX_DETAILS).map((i) => describeIssue(i, 'The header'))
		);
	}
	const settings = settingsSchema.safeParse(value.settings);
	if (!settings.success) {
		return problem(
			'invalid',
			'This backup’s settings are not valid.',
			settings.error.issues.slice(0, MAX_DETAILS).map((i) => describeIssue(i, 'Settings'))
		);
	}
	for (const entity of BACKUP_ENTITIES) {
		const rows = value[entity];
		const label = ENTITY_LABELS[entity];
		if (!Array.isArray(rows)) {
			return problem('invalid', `In this backup, “${entity}” should be a list of ${label.many}.`);
		}
		const expected = header.data.counts[entity];
		if (rows.length !== expected) {
			return problem(
				'counts',
				`This backup says it holds ${expected.toLocaleString('en')} ${expected === 1 ? label.one : label.many} but has ${rows.length.toLocaleString('en')}: it was cut short or edited.`
			);
		}
	}

	const total = BACKUP_ENTITIES.reduce((n, e) => n + (value[e] as unknown[]).length, 0);
	const out: Record<string, unknown[]> = {};
	const details: string[] = [];
	let done = 0;
	let sliceStart = performance.now();
	for (const entity of BACKUP_ENTITIES) {
		const rows = value[entity] as unknown[];
		const schema = SCHEMAS[entity];
		const ids = new Set<string>();
		const valid: unknown[] = new Array(rows.length);
		for (let i = 0; i < rows.length; i++) {
			const row = rows[i];
			const result = schema.safeParse(row);
			const what = recordLabel(entity, i, row);
			if (!result.success) {
				for (const issue of result.error.issues) {
					if (details.length < MAX_DETAILS) details.push(describeIssue(issue, what));
				}
			} else {
				const id = (result.data as { id: string }).id;
				if (ids.has(id)) {
					return problem(
						'duplicate',
						`Two ${ENTITY_LABELS[entity].many} in this backup have the same id “${quoted(id)}”: the file was edited or damaged.`,
						[`${what} repeats an earlier one.`]
					);
				}
				ids.add(id);
				valid[i] = result.data;
			}
			if (details.length >= MAX_DETAILS) break;
			done++;
			if (performance.now() - sliceStart > sliceMs) {
				onProgress?.(done / total);
				await pause();
				sliceStart = performance.now();
			}
		}
		if (details.length >= MAX_DETAILS) break;
		out[entity] = valid;
	}
	if (details.length) {
		return problem(
			'invalid',
			'Some records in this backup are not valid, so none of it can be restored.',
			details
		);
	}
	onProgress?.(1);
	const data = { settings: settings.data, ...out } as Dataset;
	return { ok: true, backup: { header: header.data, data } };
}

function recordLabel(entity: BackupEntity, index: number, row: unknown): string {
	const one = ENTITY_LABELS[entity].one;
	const base = `${one.charAt(0).toUpperCase()}${one.slice(1)} ${(index + 1).toLocaleString('en')}`;
	const name = isPlainObject(row) ? (row.name ?? row.title) : undefined;
	return typeof name === 'string' && name.trim() ? `${base} (“${quoted(name.trim())}”)` : base;
}

/**
 * Parse, then full validation: everything restore needs to decide. Files in
 * the layout Rapport writes are parsed a line at a time (the page stays
 * responsive); any other layout is parsed whole. Progress runs 0 → 1 over both.
 */
export async function readBackup(
	text: string,
	options: ValidateOptions = {}
): Promise<BackupReadResult> {
	const { onProgress } = options;
	const PARSE_SHARE = 0.3;
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	let value = await parseBackupLayout(body, {
		...options,
		onProgress: (f) => onProgress?.(f * PARSE_SHARE)
	});
	if (value === undefined) {
		const parsed = parseBackupText(body);
		if (!parsed.ok) return parsed;
		value = parsed.value;
	}
	return validateBackup(value, {
		...options,
		onProgress: (f) => onProgress?.(PARSE_SHARE + f * (1 - PARSE_SHARE))
	});
}
