import type { Migration } from './migration';
import { migration001 } from './001-records';

/** Every migration in version order; the last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [migration001];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
