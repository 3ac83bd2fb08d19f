/**
 * The engine's public API: everything the desktop shell (main/app) and the command line (main/cli) may use.
 * Lint keeps them to this file; what is not re-exported here is the engine's own business.
 *
 * - `createEngine` opens a station and answers with the `Engine` object (engine.types.ts lists every call);
 * - the errors it throws (a `UserError` carries one sentence for the user; `describeError` turns anything thrown
 *   into the code and sentence the shell and the command line show);
 * - `restoreStation`, the one operation that runs with no engine open (it replaces the station database);
 * - the vocabularies the command line validates its options against.
 */
export { createEngine, type EngineOptions } from './engine';
export type * from './engine.types';
export type * from './engine-campaign';
export { DiskFullError, InputError, UserError, describeError, isDiskFull } from './errors';
export { APP_NAME, defaultDataDir, defaultDbPath } from './station/paths';
export { restoreStation, type RestoreReport } from './backup/backup.service';
export { RECORD_FIELDS } from './records/record';
export { RECONCILE_STATUSES, type Difference, type ReconcileStatus } from './reconcile/subject';
export { DECLARATION_MATCHES, DECLARATION_STATUSES, type DeclarationMatch, type DeclarationStatus } from './declarations/declaration-columns';
