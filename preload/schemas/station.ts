import { z } from 'zod';

/** What a backup holds, as the engine reports it after writing the file. */
export const BackupReport = z.object({
  file: z.string(),
  bytes: z.number().int(),
  created_at: z.string(),
  station: z.string(),
  schema: z.number().int(),
  records: z.number().int(),
  dossiers: z.number().int(),
  archived_files: z.number().int(),
  /** Archived files the database names but the archive folder no longer holds. */
  missing_files: z.array(z.string()),
});
export type BackupReport = z.infer<typeof BackupReport>;

/** Facts about this station's computer that the Settings screen shows but cannot change. */
export const StationFacts = z.object({
  archiveDir: z.string(),
  dbPath: z.string(),
  cores: z.number().int(),
  /** Why the archive folder cannot be reached (e.g. its drive is not connected); null when it can. */
  archiveProblem: z.string().nullable(),
});
export type StationFacts = z.infer<typeof StationFacts>;
