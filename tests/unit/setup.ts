import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { resetDbForTests } from '../../src/lib/db/database';

process.env.TZ = 'UTC';

beforeEach(async () => {
	await resetDbForTests();
});

afterEach(async () => {
	await resetDbForTests();
});
