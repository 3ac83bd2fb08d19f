import { restoreStation, type Engine } from '../../engine';
import { UsageError, type CliArgs } from '../args';
import { formatCount, type Output } from '../output';

/** `sohoa backup --out FILE`: a consistent copy of the station database and the index of its archived pages. */
export async function backup(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  if (!args.options.out) throw new UsageError('backup needs --out FILE.');
  const report = await engine.station.backup({ out: args.options.out });
  out.result(report, () =>
    `Backed up ${report.station}: ${formatCount(report.records)} records, ${formatCount(report.dossiers)} dossiers, ${formatCount(report.archived_files)} archived files indexed, to ${report.file} (${(report.bytes / 1e6).toFixed(1)} MB).`,
  );
  for (const missing of report.missing_files) out.problem(`The archived file ${missing} is missing: it is listed in the backup but could not be found.`);
  return report.missing_files.length > 0 ? 1 : 0;
}

/** `sohoa restore FILE`: replaces the station database with a backup (the old one is kept beside it). */
export async function restore(dbPath: string, args: CliArgs, out: Output): Promise<number> {
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) throw new UsageError('restore needs exactly one FILE (a backup made by "sohoa backup").');
  const report = await restoreStation(file, dbPath);
  out.result(report, () =>
    [
      `Restored ${report.station} from ${report.file} (made ${report.created_at}): ${formatCount(report.records)} records, ${formatCount(report.dossiers)} dossiers.`,
      report.previous ? `The database it replaced is kept as ${report.previous}.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  for (const missing of report.missing_files) out.problem(`The archived file ${missing} is missing on this machine: copy the archive folder back to see its pages.`);
  return 0;
}
