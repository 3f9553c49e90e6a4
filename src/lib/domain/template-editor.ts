import { isNoMoney, NO_MONEY } from './exchange';
import type { ValueType } from './exchange-form';
import { amountMessage, formatMoneyInput, readAmount } from './money';
import { emptyPersonForm, formToDraft, type PersonFormValues } from './person-form';
import { editorContext, personTemplatePatch } from './template-patches';
import {
	templateSchema,
	type ExchangeTemplateFields,
	type InteractionTemplateFields,
	type LeadTemplateFields,
	type PersonTemplateFields,
	type RecordTemplate,
	type TemplateEntity
} from './templates';
import { fieldErrors, type FieldErrors } from './validation';
import type { ExchangeDirection, ExchangeKind, InteractionKind, LeadStatus } from './vocabulary';

/**
 * What the Settings → Templates editor edits, as typed. An empty field is not
 * part of the template. People reuse the person form's values and conversion.
 */
export type InteractionEditorValues = {
	kind: InteractionKind | '';
	duration: string;
	cost: string;
	currency: string;
	channel: string;
	note: string;
};
export type ExchangeEditorValues = {
	direction: ExchangeDirection | '';
	kind: ExchangeKind | '';
	valueType: ValueType | '';
	weight: string;
	minutes: string;
	amount: string;
	currency: string;
	note: string;
};
export type LeadEditorValues = {
	title: string;
	channel: string;
	referrerId: string;
	status: LeadStatus | '';
	estimated: string;
	currency: string;
	repeat: boolean;
	note: string;
};
export type EditorValues =
	| { entity: 'person'; values: PersonFormValues }
	| { entity: 'interaction'; values: InteractionEditorValues }
	| { entity: 'exchange'; values: ExchangeEditorValues }
	| { entity: 'lead'; values: LeadEditorValues };

export function emptyEditor(entity: TemplateEntity, currency: string): EditorValues {
	switch (entity) {
		case 'person':
			return { entity, values: emptyPersonForm(null) };
		case 'interaction':
			return {
				entity,
				values: { kind: '', duration: '', cost: '', currency, channel: '', note: '' }
			};
		case 'exchange':
			return {
				entity,
				values: {
					direction: '',
					kind: '',
					valueType: '',
					weight: '3',
					minutes: '30',
					amount: '',
					currency,
					note: ''
				}
			};
		case 'lead':
			return {
				entity,
				values: {
					title: '',
					channel: '',
					referrerId: '',
					status: '',
					estimated: '',
					currency,
					repeat: false,
					note: ''
				}
			};
	}
}

export function templateToEditor(template: RecordTemplate, currency: string): EditorValues {
	const editor = emptyEditor(template.entity, currency);
	if (template.entity === 'person' && editor.entity === 'person') {
		const { patch } = personTemplatePatch(template.fields, editorContext(currency));
		editor.values = { ...editor.values, ...patch };
	} else if (template.entity === 'interaction' && editor.entity === 'interaction') {
		const f = template.fields;
		editor.values = {
			kind: f.kind ?? '',
			duration: f.durationMinutes === undefined ? '' : String(f.durationMinutes),
			cost: f.cost ? formatMoneyInput(f.cost) : '',
			currency: f.cost?.currency ?? currency,
			channel: f.channel ?? '',
			note: f.note ?? ''
		};
	} else if (template.entity === 'exchange' && editor.entity === 'exchange') {
		const f = template.fields;
		const v = f.value;
		editor.values = {
			...editor.values,
			direction: f.direction ?? '',
			kind: f.kind ?? '',
			valueType: v?.type ?? '',
			note: f.note ?? ''
		};
		if (v?.type === 'weight') editor.values.weight = String(v.weight);
		if (v?.type === 'time') editor.values.minutes = String(v.minutes);
		if (v?.type === 'money') {
			editor.values.amount = formatMoneyInput(v.amount);
			editor.values.currency = v.amount.currency;
		}
	} else if (template.entity === 'lead' && editor.entity === 'lead') {
		const f = template.fields;
		editor.values = {
			title: f.title ?? '',
			channel: f.channel ?? '',
			referrerId: f.referrerId ?? '',
			status: f.status ?? '',
			estimated: f.estimatedValue ? formatMoneyInput(f.estimatedValue) : '',
			currency: f.estimatedValue?.currency ?? currency,
			repeat: f.repeat ?? false,
			note: f.note ?? ''
		};
	}
	return editor;
}

const whole = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
const orUndefined = (text: string) => (text.trim() === '' ? undefined : text);

/** The example each amount's message gives: the one its record's own form gives. */
const AMOUNT_EXAMPLES = { cost: '4.50', value: '50 or 12.50', estimated: '4000 or 4,000.50' };

/**
 * Money typed as text, or NaN minor units (so the template is refused) when unreadable; then
 * `unread` gets what that form would say under it ("Enter an amount like 4.50."), not the
 * schema's "whole number of cents".
 */
function money(
	amount: string,
	currency: string,
	field: keyof typeof AMOUNT_EXAMPLES,
	unread: FieldErrors
) {
	if (amount.trim() === '') return undefined;
	const code = currency.trim().toUpperCase();
	const read = readAmount(amount, code);
	if (!read.ok) unread[field] = amountMessage(read.problem, code, AMOUNT_EXAMPLES[field]);
	return { amountMinor: read.ok ? read.minor : Number.NaN, currency: code };
}

function personFields(values: PersonFormValues): PersonTemplateFields {
	const { draft, organisationNames } = formToDraft(values);
	return {
		title: orUndefined(draft.title ?? ''),
		organisationNames: organisationNames.length ? organisationNames : undefined,
		location: orUndefined(draft.location ?? ''),
		tags: draft.tags?.length ? draft.tags : undefined,
		roles: draft.roles?.length ? draft.roles : undefined,
		connection: values.following ? 'following' : undefined,
		metChannel: draft.metChannel ?? undefined,
		metEvent: orUndefined(draft.metEvent ?? ''),
		introducedById: draft.introducedById ?? undefined,
		goals: orUndefined(values.goals),
		interests: orUndefined(values.interests),
		notes: orUndefined(values.notes),
		cadenceDays: draft.cadenceDays ?? undefined
	};
}

function interactionFields(
	v: InteractionEditorValues,
	unread: FieldErrors
): InteractionTemplateFields {
	return {
		kind: v.kind || undefined,
		durationMinutes: v.duration.trim() === '' ? undefined : whole(v.duration),
		cost: money(v.cost, v.currency, 'cost', unread),
		channel: v.channel || undefined,
		note: orUndefined(v.note)
	};
}

function exchangeFields(v: ExchangeEditorValues, unread: FieldErrors): ExchangeTemplateFields {
	const value =
		v.valueType === 'weight'
			? { type: 'weight' as const, weight: whole(v.weight) }
			: v.valueType === 'time'
				? { type: 'time' as const, minutes: whole(v.minutes) }
				: v.valueType === 'money'
					? {
							type: 'money' as const,
							amount: money(v.amount, v.currency, 'value', unread) ?? {
								amountMinor: Number.NaN,
								currency: 'EUR'
							}
						}
					: undefined;
	return {
		direction: v.direction || undefined,
		kind: v.kind || undefined,
		value,
		note: orUndefined(v.note)
	};
}

function leadFields(v: LeadEditorValues, unread: FieldErrors): LeadTemplateFields {
	return {
		title: orUndefined(v.title),
		channel: v.channel || undefined,
		referrerId: v.referrerId || undefined,
		status: v.status || undefined,
		estimatedValue: money(v.estimated, v.currency, 'estimated', unread),
		repeat: v.repeat ? true : undefined,
		note: orUndefined(v.note)
	};
}

/** Template field paths to the editor's field ids. */
const ERROR_KEYS: Record<string, string> = {
	organisationNames: 'organisations',
	durationMinutes: 'duration',
	estimatedValue: 'estimated'
};

/** Validates the editor into a template, or the problems keyed by editor field ('_' = whole). */
export function editorToTemplate(
	id: string,
	name: string,
	editor: EditorValues
): { ok: true; template: RecordTemplate } | { ok: false; errors: FieldErrors; issues: string[] } {
	/** Amounts that could not be read, with what their forms say. */
	const unread: FieldErrors = {};
	const fields =
		editor.entity === 'person'
			? personFields(editor.values)
			: editor.entity === 'interaction'
				? interactionFields(editor.values, unread)
				: editor.entity === 'exchange'
					? exchangeFields(editor.values, unread)
					: leadFields(editor.values, unread);
	// A give or receive of money is of some money: a template of 0 would fill in an amount its
	// form then refuses (exchangeDraftSchema). Checked here, not on stored templates, which a
	// backup from before this rule may hold.
	if ('value' in fields && isNoMoney(fields.value)) {
		return { ok: false, errors: { value: NO_MONEY }, issues: [NO_MONEY] };
	}
	// Undefined keys are dropped so the stored template lists only what it fills.
	const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
	const parsed = templateSchema.safeParse({ id, name, entity: editor.entity, fields: defined });
	if (parsed.success) return { ok: true, template: parsed.data };
	const raw = fieldErrors(parsed.error);
	const errors: FieldErrors = { ...unread };
	for (const [path, message] of Object.entries(raw)) {
		const [head, key] = path.split('.');
		const field = head === 'fields' ? (key ? (ERROR_KEYS[key] ?? key) : '_') : (head ?? '_');
		errors[field] ??= message;
	}
	return { ok: false, errors, issues: [...new Set(Object.values(errors))] };
}
