import { version } from '../../package.json';

/** The app's version, written into backups so a newer file can say what it needs. */
export const APP_VERSION: string = version;
