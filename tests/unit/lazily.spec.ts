import { describe, expect, test } from 'vitest';
import { lazily, z } from '$lib/domain/zod';
import { personSchema } from '$lib/domain/person';

describe('lazily', () => {
	test('builds on first read, once, and forwards parsing, spreading and instanceof', () => {
		let builds = 0;
		const fields = lazily(() => {
			builds += 1;
			return { name: z.string().check(z.minLength(1, { error: 'Name?' })) };
		});
		const schema = lazily(() => z.strictObject({ ...fields }));
		expect(builds).toBe(0);

		expect(schema.safeParse({ name: 'Ada' })).toEqual({ success: true, data: { name: 'Ada' } });
		const refused = schema.safeParse({ name: '' });
		expect(refused.success).toBe(false);
		expect(refused.error?.issues[0]?.message).toBe('Name?');
		expect(builds).toBe(1);

		expect(schema).toBeInstanceOf(z.ZodMiniObject);
		expect(Object.keys(schema.shape)).toEqual(['name']);
		expect('name' in fields).toBe(true);
		// Composed into another schema, it checks as itself.
		expect(z.array(schema).safeParse([{ name: 'Ada' }, { name: 1 }]).success).toBe(false);
		expect(builds).toBe(1);
	});

	test('a record schema built lazily still refuses what it refused before', () => {
		const parsed = personSchema.safeParse({ id: 'p1', name: '  ' });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain('name');
	});
});
