/**
 * What an import of a table file answers (`sohoa records import --json` prints it, CLI.md): the same counts,
 * rejected rows and data-quality issues for records, the population register, declarations and licences; only
 * the way an issue names its row differs. Zod schemas, with the engine's and the contract's types inferred.
 */
import { z } from 'zod';
import { RECORD_FILE_FIELDS } from './record-fields';
import { EngineMessageSchema } from './messages/message.schema';

/**
 * A row that could not be stored, or a file that could not be read (row null): `message` in English (the command
 * line prints it), `text` the coded message the screens render in their language, for the problems already coded.
 */
export const ImportError = z.object({
  file: z.string(),
  row: z.number().int().nullable(),
  field: z.string().nullable(),
  message: z.string(),
  text: EngineMessageSchema.optional(),
});
export type ImportError = z.infer<typeof ImportError>;

/** The counts and rejected rows every table import reports; each kind of table adds how its issues name a row. */
const TableImportCounts = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  with_issues: z.number().int(),
  errors: z.array(ImportError),
  cancelled: z.boolean(),
  seconds: z.number(),
});
export type TableImportReport<Issue> = z.infer<typeof TableImportCounts> & { issues: Issue[] };

/** What a records import did: each issue names the record's id. Lists are capped at 1,000 entries; the counts are exact. */
export const ImportReport = TableImportCounts.extend({
  issues: z.array(z.object({ record_id: z.string(), field: z.enum(RECORD_FILE_FIELDS), message: z.string(), text: EngineMessageSchema.optional() })),
});
export type ImportReport = z.infer<typeof ImportReport>;

/**
 * What an import of a keyed table did (the population register, self-declarations, driving licences): each issue
 * names its row by the file's own key (personal ID, declaration id, licence number).
 */
export const KeyedImportReport = TableImportCounts.extend({
  issues: z.array(z.object({ key: z.string(), field: z.string(), message: z.string(), text: EngineMessageSchema.optional() })),
});
export type KeyedImportReport = z.infer<typeof KeyedImportReport>;
