import { formatMoney } from './money';
import type { RecordTemplate } from './templates';
import {
	EXCHANGE_KIND_LABELS,
	INTERACTION_KIND_LABELS,
	LEAD_STATUS_LABELS,
	ROLE_LABELS
} from './vocabulary';

const clip = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One short phrase per pre-filled field, for the list in Settings → Templates. */
export function describeTemplate(
	template: RecordTemplate,
	names: { channel: (id: string) => string | undefined; person: (id: string) => string | undefined }
): string[] {
	const channel = (id: string) => `Channel: ${names.channel(id) ?? `${id} (removed)`}`;
	const person = (label: string, id: string) =>
		`${label}: ${names.person(id) ?? 'someone deleted since'}`;
	const out: string[] = [];
	if (template.entity === 'person') {
		const f = template.fields;
		if (f.title) out.push(`Title: ${clip(f.title)}`);
		if (f.organisationNames) out.push(`Organisations: ${f.organisationNames.join(', ')}`);
		if (f.location) out.push(`Location: ${clip(f.location)}`);
		if (f.tags) out.push(`Tags: ${f.tags.join(', ')}`);
		if (f.roles) out.push(`Roles: ${f.roles.map((r) => ROLE_LABELS[r]).join(', ')}`);
		if (f.connection === 'following') out.push('I follow their work');
		if (f.metChannel) out.push(channel(f.metChannel));
		if (f.metEvent) out.push(`Event: ${clip(f.metEvent)}`);
		if (f.introducedById) out.push(person('Introduced by', f.introducedById));
		if (f.goals) out.push(`Goals: ${clip(f.goals)}`);
		if (f.interests) out.push(`Interests: ${clip(f.interests)}`);
		if (f.notes) out.push(`Notes: ${clip(f.notes)}`);
		if (f.cadenceDays) out.push(`Keep in touch every ${f.cadenceDays} days`);
	} else if (template.entity === 'interaction') {
		const f = template.fields;
		if (f.kind) out.push(INTERACTION_KIND_LABELS[f.kind]);
		if (f.durationMinutes !== undefined) out.push(`${f.durationMinutes} min`);
		if (f.cost) out.push(`Cost ${formatMoney(f.cost)}`);
		if (f.channel) out.push(channel(f.channel));
		if (f.note) out.push(`Note: ${clip(f.note)}`);
	} else if (template.entity === 'exchange') {
		const f = template.fields;
		if (f.direction) out.push(f.direction === 'given' ? 'I gave' : 'I received');
		if (f.kind) out.push(EXCHANGE_KIND_LABELS[f.kind]);
		const v = f.value;
		if (v?.type === 'weight') out.push(`Weight ${v.weight}`);
		if (v?.type === 'time') out.push(`${v.minutes} min`);
		if (v?.type === 'money') out.push(formatMoney(v.amount));
		if (f.note) out.push(`Note: ${clip(f.note)}`);
	} else {
		const f = template.fields;
		if (f.title) out.push(`Lead: ${clip(f.title)}`);
		if (f.channel) out.push(channel(f.channel));
		if (f.referrerId) out.push(person('Referred by', f.referrerId));
		if (f.status) out.push(`Status: ${LEAD_STATUS_LABELS[f.status]}`);
		if (f.estimatedValue) out.push(`Estimated ${formatMoney(f.estimatedValue)}`);
		if (f.repeat) out.push('Repeat client');
		if (f.note) out.push(`Note: ${clip(f.note)}`);
	}
	return out;
}
