/**
 * A backup of the station (`sohoa backup`, the Settings screen's "back up now", the daily backup): what it holds,
 * as its index records it and the engine reports it after writing the file. Zod schemas, their types inferred; the
 * engine's backup (backup/, db/backup.repo.ts) and the contract (station.calls.ts) both take them from here.
 */
import { z } from 'zod';

/** What a backup file says of itself (its index table): which app wrote it, when, for which station, how much. */
export const BackupInfo = z.object({
  app: z.string(),
  created_at: z.string(),
  station: z.string(),
  schema: z.number().int(),
  records: z.number().int(),
  dossiers: z.number().int(),
  archived_files: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** A backup just written: where, how large, what it holds, and the archived files it could not find. */
export const BackupReport = BackupInfo.extend({
  file: z.string(),
  bytes: z.number().int(),
  /** Archived files the database names but the archive folder no longer holds. */
  missing_files: z.array(z.string()),
});
export type BackupReport = z.infer<typeof BackupReport>;
