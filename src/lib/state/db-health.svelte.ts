import { getDbStatus, onDbStatus, type DbStatus } from '$lib/db/database';

/** Whether the database can be used: the layout shows a banner when it cannot. */
class DbHealth {
	#status = $state.raw<DbStatus>(getDbStatus());

	constructor() {
		onDbStatus((status) => (this.#status = status));
	}

	get status(): DbStatus {
		return this.#status;
	}
}

export const dbHealth = new DbHealth();
