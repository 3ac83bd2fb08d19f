import { z } from 'zod';
import { call } from './call';
import { BackupReport } from './backup';
import { Settings, StationFacts } from './settings';

// The backup's report and the station's facts are the domain's (main/engine/domain/backup.ts, settings.ts).
export { BackupReport } from './backup';
export { StationFacts } from './settings';

/** The shell, the settings and the station's backup: the calls, `area.method` → input and output schemas (see ../contract.ts). */
export const stationCalls = {
  /** Version, station name, database location and whether this is the built-in demo station. */
  'app.info': call(
    z.object({}),
    z.object({ version: z.string(), station: z.string(), demo: z.boolean(), dbPath: z.string() }),
    'Version, station name, database path and demo flag.',
  ),
  /** Opens the system file picker (the shell's dialog); resolves to the chosen absolute paths, empty if cancelled. */
  'app.pickFiles': call(
    z.object({ purpose: z.enum(['records', 'residents', 'declarations', 'licences', 'scans', 'scan-folder', 'export-folder', 'backup-file', 'backup-folder', 'report-file', 'separator-file', 'archive-folder']) }),
    z.array(z.string()),
    'Open a file dialog and return the chosen paths.',
  ),
  /** Opens a folder in the system file manager (the shell's); only an existing folder, e.g. a written batch. */
  'app.openFolder': call(z.object({ path: z.string().min(1).max(4096) }), z.null(), 'Open a folder in the file manager.'),
  /** The station's settings as stored in its database. */
  'settings.get': call(z.object({}), Settings, 'Read the settings.'),
  /** Changes some settings; returns all of them. */
  'settings.set': call(Settings.partial(), Settings, 'Change settings.'),
  /** The archive folder, database file and processor cores of this station, for the Settings screen to show. */
  'settings.station': call(z.object({}), StationFacts, 'Read-only facts about the station.'),
  /**
   * A consistent copy of the station database with the index of its archived files, written to `out` (a temporary
   * name renamed when complete); the report names archived files that are missing. Refused with one sentence.
   */
  'station.backup': call(z.object({ out: z.string().min(1).max(4096) }), BackupReport, 'Back up the station now.'),
} as const;

/** The type of `stationCalls`, for the engine's methods to take their input from (InputOf in ./call.ts). */
export type StationCalls = typeof stationCalls;
