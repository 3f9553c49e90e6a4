import { describe, expect, it } from 'vitest';
import { emptyLogForm } from '../../src/lib/domain/log-form';
import { emptyExchangeForm } from '../../src/lib/domain/exchange-form';
import { emptyPersonForm } from '../../src/lib/domain/person-form';
import { defaultSettings, settingsSchema } from '../../src/lib/domain/settings';
import {
	editorToTemplate,
	emptyEditor,
	templateToEditor
} from '../../src/lib/domain/template-editor';
import {
	exchangeTemplatePatch,
	interactionTemplatePatch,
	leadFormTemplatePatch,
	leadTemplatePatch,
	personTemplatePatch,
	type TemplateContext
} from '../../src/lib/domain/template-patches';
import { exampleTemplates } from '../../src/lib/domain/template-examples';
import {
	applyTemplate,
	templateSchema,
	templatesFor,
	templatesSchema,
	upsertTemplate,
	type RecordTemplate
} from '../../src/lib/domain/templates';
import { getSettings } from '../../src/lib/db/repositories/settings';
import {
	addTemplates,
	deleteTemplate,
	saveTemplate
} from '../../src/lib/db/repositories/templates';
import { markWhatsNewSeen } from '../../src/lib/db/repositories/whats-new';
import { savePerson } from '../../src/lib/db/repositories/people';
import { personDraft } from './factories';

const ctx: TemplateContext = {
	channelIds: ['event', 'referral'],
	personExists: (id) => id === 'p-live',
	currency: 'EUR'
};

const chamber: RecordTemplate = {
	id: 't1',
	name: 'Met at the chamber breakfast',
	entity: 'person',
	fields: {
		metChannel: 'event',
		organisationNames: ['Chamber of Commerce'],
		tags: ['local'],
		cadenceDays: 60
	}
};

const coffee: RecordTemplate = {
	id: 't2',
	name: 'Coffee, my treat',
	entity: 'interaction',
	fields: { kind: 'coffee', durationMinutes: 45, cost: { amountMinor: 600, currency: 'EUR' } }
};

describe('template schema', () => {
	it('accepts the examples from the issue', () => {
		expect(templateSchema.parse(chamber)).toEqual(chamber);
		expect(templateSchema.parse(coffee)).toEqual(coffee);
	});

	it('checks each field with the record schema', () => {
		const bad = (fields: object, entity = 'person') =>
			templateSchema.safeParse({ id: 'x', name: 'X', entity, fields }).success;
		expect(bad({ cadenceDays: 0 })).toBe(false);
		expect(bad({ roles: ['king'] })).toBe(false);
		expect(bad({ tags: ['a', 'a'] })).toBe(false);
		expect(bad({ durationMinutes: 24 * 60 + 1 }, 'interaction')).toBe(false);
		expect(bad({ cost: { amountMinor: -1, currency: 'EUR' } }, 'interaction')).toBe(false);
		expect(bad({ kind: 'lunch' }, 'interaction')).toBe(false);
		expect(bad({ value: { type: 'weight', weight: 6 } }, 'exchange')).toBe(false);
		expect(bad({ status: 'maybe' }, 'lead')).toBe(false);
		expect(bad({ notes: 'x'.repeat(2001) })).toBe(false);
	});

	it('refuses fields that are not pre-fillable, unknown keys and empty templates', () => {
		const ok = (fields: object, entity = 'person') =>
			templateSchema.safeParse({ id: 'x', name: 'X', entity, fields }).success;
		expect(ok({ name: 'Sam' })).toBe(false);
		expect(ok({ emails: ['a@b.co'] })).toBe(false);
		expect(ok({ personIds: ['p1'] }, 'interaction')).toBe(false);
		expect(ok({ date: '2026-01-01' }, 'interaction')).toBe(false);
		expect(ok({ personId: 'p1' }, 'exchange')).toBe(false);
		expect(ok({})).toBe(false);
		expect(ok({ metChannel: null })).toBe(false);
		expect(templateSchema.safeParse({ ...chamber, name: '  ' }).success).toBe(false);
		expect(templateSchema.safeParse({ ...chamber, entity: 'task' }).success).toBe(false);
	});

	it('keeps template names unique per kind and ids unique', () => {
		expect(templatesSchema.safeParse([chamber, coffee]).success).toBe(true);
		expect(templatesSchema.safeParse([chamber, { ...chamber, id: 't3' }]).success).toBe(false);
		expect(
			templatesSchema.safeParse([
				chamber,
				{ ...chamber, id: 't3', name: 'MET AT the chamber breakfast' }
			]).success
		).toBe(false);
		expect(templatesSchema.safeParse([chamber, { ...coffee, id: 't1' }]).success).toBe(false);
		expect(templatesSchema.safeParse([chamber, { ...coffee, name: chamber.name }]).success).toBe(
			true
		);
	});

	it('is a Settings field that defaults to no templates, for settings saved before', () => {
		const old = { ...defaultSettings('2026-01-01T00:00:00.000Z') } as Record<string, unknown>;
		delete old.templates;
		delete old.whatsNewSeenId;
		delete old.whatsNewMarker;
		const parsed = settingsSchema.parse(old);
		expect(parsed.templates).toEqual([]);
		expect(parsed.whatsNewSeenId).toBeNull();
		expect(parsed.whatsNewMarker).toBe(true);
	});

	it('lists templates of one kind, and replaces by id in place', () => {
		expect(templatesFor([chamber, coffee], 'interaction')).toEqual([coffee]);
		const renamed = { ...chamber, name: 'Chamber' };
		expect(upsertTemplate([chamber, coffee], renamed)).toEqual([renamed, coffee]);
	});
});

describe('applyTemplate', () => {
	const initial = emptyPersonForm(30);

	it('fills untouched fields, including ones that start with a default', () => {
		const { patch } = personTemplatePatch(chamber.fields as never, ctx);
		const current = { ...initial, name: 'Dana' };
		const result = applyTemplate(current, initial, patch);
		expect(result.conflicts).toEqual([]);
		expect(result.values).toMatchObject({
			name: 'Dana',
			metChannel: 'event',
			organisations: 'Chamber of Commerce',
			tags: 'local',
			cadenceDays: '60'
		});
	});

	it('never overwrites what the user typed; reports it and offers the overwrite', () => {
		const { patch } = personTemplatePatch(chamber.fields as never, ctx);
		const current = { ...initial, name: 'Dana', tags: 'vip', cadenceDays: '14' };
		const result = applyTemplate(current, initial, patch);
		expect(result.conflicts.sort()).toEqual(['cadenceDays', 'tags']);
		expect(result.values.tags).toBe('vip');
		expect(result.values.cadenceDays).toBe('14');
		expect(result.values.organisations).toBe('Chamber of Commerce');
		expect(result.overwritten).toMatchObject({ name: 'Dana', tags: 'local', cadenceDays: '60' });
		expect(current.tags).toBe('vip');
	});

	it('treats what an earlier template filled as untouched, but not what was typed after', () => {
		const other: RecordTemplate = {
			id: 't9',
			name: 'Clients',
			entity: 'person',
			fields: { tags: ['client-work'], cadenceDays: 30 }
		};
		const first = applyTemplate(
			initial,
			initial,
			personTemplatePatch(chamber.fields as never, ctx).patch
		);
		const second = applyTemplate(
			first.values,
			first.initial,
			personTemplatePatch(other.fields as never, ctx).patch
		);
		expect(second.conflicts).toEqual([]);
		expect(second.values.tags).toBe('client-work');
		const typed = { ...second.values, tags: 'mine' };
		const third = applyTemplate(
			typed,
			second.initial,
			personTemplatePatch(chamber.fields as never, ctx).patch
		);
		expect(third.conflicts).toEqual(['tags']);
	});

	it('a field already equal to the template is neither filled nor a conflict', () => {
		const current = { ...initial, tags: 'local' };
		const result = applyTemplate(current, initial, { tags: 'local' });
		expect(result.conflicts).toEqual([]);
		expect(result.filled).toEqual([]);
	});

	it('applies a quick-log template over the log defaults', () => {
		const log = emptyLogForm('2026-05-01', ['p1']);
		const { patch, skipped } = interactionTemplatePatch(coffee.fields as never, ctx);
		const result = applyTemplate({ ...log, note: 'talked pricing' }, log, patch);
		expect(skipped).toEqual([]);
		expect(result.values).toMatchObject({
			kind: 'coffee',
			duration: '45',
			cost: '6.00',
			note: 'talked pricing',
			personIds: ['p1']
		});
		expect(result.conflicts).toEqual([]);
	});
});

describe('template patches check references when applied', () => {
	it('drops a removed channel and a deleted introducer', () => {
		const { patch, skipped } = personTemplatePatch(
			{ metChannel: 'gone', introducedById: 'p-dead', tags: ['x'] },
			ctx
		);
		expect(patch).toEqual({ tags: 'x' });
		expect(skipped).toHaveLength(2);
		expect(personTemplatePatch({ introducedById: 'p-live' }, ctx).patch).toEqual({
			introducedById: 'p-live'
		});
	});

	it('never converts a cost in another currency', () => {
		const { patch, skipped } = interactionTemplatePatch(
			{ cost: { amountMinor: 500, currency: 'USD' }, kind: 'call' },
			ctx
		);
		expect(patch).toEqual({ kind: 'call' });
		expect(skipped[0]).toMatch(/USD/);
	});

	it('maps an exchange value onto the exchange form', () => {
		const form = emptyExchangeForm({ currency: 'EUR' });
		const { patch } = exchangeTemplatePatch({
			direction: 'given',
			kind: 'gift',
			value: { type: 'money', amount: { amountMinor: 2550, currency: 'GBP' } }
		});
		expect(applyTemplate(form, form, patch).values).toMatchObject({
			direction: 'given',
			kind: 'gift',
			valueType: 'money',
			amount: '25.50',
			currency: 'GBP'
		});
	});

	it('gives a lead draft patch with the referrer checked', () => {
		const { patch, skipped } = leadTemplatePatch(
			{ channel: 'referral', referrerId: 'p-dead', status: 'talking' },
			ctx
		);
		expect(patch).toEqual({ channel: 'referral', status: 'talking' });
		expect(skipped).toHaveLength(1);
	});

	it('gives the lead form its values: amounts as typed text, a referrer id', () => {
		const { patch, skipped } = leadFormTemplatePatch(
			{
				title: 'Website audit',
				referrerId: 'p-live',
				estimatedValue: { amountMinor: 150050, currency: 'EUR' },
				repeat: true
			},
			ctx
		);
		expect(patch).toEqual({
			title: 'Website audit',
			referrerId: 'p-live',
			estimatedAmount: '1500.50',
			estimatedCurrency: 'EUR',
			repeat: true
		});
		expect(skipped).toEqual([]);
	});
});

describe('template editor', () => {
	it('round-trips every example through the editor', () => {
		for (const t of [
			chamber,
			coffee,
			...exampleTemplates('EUR', ['event']).map((t, i) => ({ ...t, id: `e${i}` }))
		]) {
			const editor = templateToEditor(t as RecordTemplate, 'EUR');
			const back = editorToTemplate(t.id ?? 'x', t.name, editor);
			expect(back).toEqual({ ok: true, template: t });
		}
	});

	it('keeps only filled fields and reports problems by editor field', () => {
		const editor = emptyEditor('interaction', 'EUR');
		if (editor.entity !== 'interaction') throw new Error('entity');
		expect(editorToTemplate('a', 'Empty', editor)).toMatchObject({
			ok: false,
			errors: { _: expect.any(String) }
		});
		editor.values.duration = 'soon';
		editor.values.cost = '-2';
		const result = editorToTemplate('a', '', editor);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['cost', 'duration', 'name']);
		// An amount it cannot read says what the quick log says, not "whole number of cents".
		editor.values.cost = 'abc';
		const unread = editorToTemplate('a', 'Call', editor);
		expect(unread.ok).toBe(false);
		if (!unread.ok) expect(unread.errors.cost).toBe('Enter an amount like 4.50.');
		editor.values.duration = '30';
		editor.values.cost = '';
		editor.values.note = 'Agenda: …';
		expect(editorToTemplate('a', 'Call', editor)).toEqual({
			ok: true,
			template: {
				id: 'a',
				name: 'Call',
				entity: 'interaction',
				fields: { durationMinutes: 30, note: 'Agenda: …' }
			}
		});
	});

	it('refuses a give or receive template of 0 money, which its form would refuse', () => {
		const editor = emptyEditor('exchange', 'EUR');
		if (editor.entity !== 'exchange') throw new Error('entity');
		editor.values.valueType = 'money';
		editor.values.amount = '0.00';
		expect(editorToTemplate('g', 'Gift', editor)).toEqual({
			ok: false,
			errors: { value: 'Enter an amount more than 0.' },
			issues: ['Enter an amount more than 0.']
		});
		editor.values.amount = '5.5555';
		expect(editorToTemplate('g', 'Gift', editor)).toMatchObject({
			ok: false,
			errors: { value: 'EUR amounts have at most 2 decimals.' }
		});
		editor.values.amount = '5';
		expect(editorToTemplate('g', 'Gift', editor).ok).toBe(true);
	});

	it('builds lead and exchange templates', () => {
		const lead = emptyEditor('lead', 'EUR');
		if (lead.entity !== 'lead') throw new Error('entity');
		lead.values.channel = 'referral';
		lead.values.estimated = '1,500';
		lead.values.repeat = true;
		expect(editorToTemplate('l', 'Referral', lead)).toEqual({
			ok: true,
			template: {
				id: 'l',
				name: 'Referral',
				entity: 'lead',
				fields: {
					channel: 'referral',
					estimatedValue: { amountMinor: 150000, currency: 'EUR' },
					repeat: true
				}
			}
		});
		lead.values.estimated = 'lots';
		expect(editorToTemplate('l', 'Referral', lead)).toMatchObject({
			ok: false,
			errors: { estimated: 'Enter an amount like 4000 or 4,000.50.' }
		});
		const exchange = emptyEditor('exchange', 'EUR');
		if (exchange.entity !== 'exchange') throw new Error('entity');
		exchange.values.valueType = 'weight';
		exchange.values.weight = '9';
		const bad = editorToTemplate('x', 'Heavy', exchange);
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.errors.value).toMatch(/1 to 5/);
	});
});

describe('template storage in Settings', () => {
	it('saves, replaces, deletes with undo in place, and validates', async () => {
		const a = await saveTemplate({
			name: 'Coffee, my treat',
			entity: 'interaction',
			fields: { kind: 'coffee' }
		});
		const b = await saveTemplate({ ...chamber, id: undefined });
		expect((await getSettings()).templates.map((t) => t.id)).toEqual([a.id, b.id]);
		await saveTemplate({ ...a, name: 'Coffee' });
		expect((await getSettings()).templates.map((t) => t.name)).toEqual(['Coffee', chamber.name]);
		const undo = await deleteTemplate(a.id);
		expect((await getSettings()).templates.map((t) => t.id)).toEqual([b.id]);
		await undo();
		expect((await getSettings()).templates.map((t) => t.id)).toEqual([a.id, b.id]);
		await expect(
			saveTemplate({ name: 'Bad', entity: 'person', fields: { cadenceDays: -1 } })
		).rejects.toThrow(/Cadence/);
		await expect(saveTemplate({ ...chamber, id: undefined })).rejects.toThrow(/share a name/);
		expect((await getSettings()).templates).toHaveLength(2);
	});

	it('adds the examples once, and keeps other settings', async () => {
		const { saveSettings } = await import('../../src/lib/db/repositories/settings');
		await saveSettings({ ownerName: 'Alex' });
		expect(await addTemplates(exampleTemplates('EUR', ['event']))).toHaveLength(2);
		expect(await addTemplates(exampleTemplates('EUR', ['event']))).toHaveLength(0);
		const settings = await getSettings();
		expect(settings.ownerName).toBe('Alex');
		expect(settings.templates.map((t) => t.name)).toEqual([
			'Coffee, my treat',
			'Met at the chamber breakfast'
		]);
		expect(settings.templates[0]?.fields).toMatchObject({
			cost: { amountMinor: 600, currency: 'EUR' }
		});
	});

	it('a template naming a person saves; once they are deleted it is skipped on apply', async () => {
		const sam = await savePerson(undefined, personDraft(), []);
		const t = await saveTemplate({
			name: 'Via Sam',
			entity: 'person',
			fields: { introducedById: sam.id }
		});
		expect(t.fields).toEqual({ introducedById: sam.id });
	});

	it('backups carry templates and the What’s new state', async () => {
		const { exportBackup, restoreBackup } = await import('../../src/lib/db/backup');
		const { wipeAllData } = await import('../../src/lib/db/dataset');
		const { readBackup } = await import('../../src/lib/domain/backup/read');
		await addTemplates(exampleTemplates('EUR', ['event']));
		await markWhatsNewSeen('2026-11-23-templates');
		const before = await getSettings();
		const { text } = await exportBackup();
		await wipeAllData();
		expect((await getSettings()).templates).toEqual([]);
		const read = await readBackup(text, { pause: async () => {} });
		if (!read.ok) throw new Error(read.problem.message);
		await restoreBackup(read.backup.data, 'replace');
		const after = await getSettings();
		expect(after.templates).toEqual(before.templates);
		expect(after.whatsNewSeenId).toBe('2026-11-23-templates');
	});

	it('marks What’s new seen', async () => {
		await markWhatsNewSeen('2026-11-23-templates');
		expect((await getSettings()).whatsNewSeenId).toBe('2026-11-23-templates');
	});
});
