import { resolve } from 'node:path';
import { RECORD_FIELDS, type Engine, type ImportReport, type StationRecord } from '../../engine';
import { UsageError, type CliArgs } from '../args';
import { formatCount, formatDuration, type Output } from '../output';

/** `sohoa records import FILE…`: exit 1 when rows were rejected or a file could not be read, 2 when none could. */
export async function recordsImport(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('records import needs at least one FILE (CSV, XLSX or JSON).');
  const files = args.positionals.map((f) => resolve(f));
  const unsubscribe = engine.subscribe((name, payload) => {
    if (name !== 'job.progress') return;
    const p = payload as { label: string; done: number; total: number | null; items: number; itemsPerSecond: number; etaSeconds: number | null };
    const percent = p.total ? ` ${Math.floor((100 * p.done) / p.total)}%` : '';
    out.progress(`Importing ${p.label}:${percent} ${formatCount(p.items)} rows, ${formatCount(p.itemsPerSecond)} rows/s, ${formatDuration(p.etaSeconds)} left`);
  });
  let report: ImportReport;
  try {
    report = await engine.records.import({ files, source: 'command line' });
  } finally {
    unsubscribe();
  }
  const { imported, updated, unchanged, rejected, with_issues, errors } = report;
  // Report paths as the user typed them.
  const typed = new Map(files.map((f, i) => [f, args.positionals[i]!]));
  // The contract's four keys (CLI.md): the coded message the screens render is not printed.
  const shownErrors = errors.map((e) => ({ file: typed.get(e.file) ?? e.file, row: e.row, field: e.field, message: e.message }));
  const issues = report.issues.map(({ record_id, field, message }) => ({ record_id, field, message }));
  out.result({ imported, updated, unchanged, rejected, with_issues, errors: shownErrors, issues }, () => humanImport(report, shownErrors));
  const unreadable = new Set(errors.filter((e) => e.row === null).map((e) => e.file));
  // A file that could not be read at all is said on stderr too, so a script sees it even with --json.
  for (const e of shownErrors) if (e.row === null) out.problem(e.message);
  if (unreadable.size === files.length) return 2;
  return rejected > 0 || unreadable.size > 0 ? 1 : 0;
}

function humanImport(report: ImportReport, errors: ImportReport['errors']): string {
  const lines = [
    `${formatCount(report.imported)} imported, ${formatCount(report.updated)} updated, ${formatCount(report.unchanged)} unchanged, ` +
      `${formatCount(report.rejected)} rejected, ${formatCount(report.with_issues)} with data-quality issues (${report.seconds} s).`,
  ];
  // Messages already name the file and row; files that could not be read at all are said on stderr.
  const rowErrors = errors.filter((e) => e.row !== null);
  for (const e of rowErrors.slice(0, 20)) lines.push(`  ${e.message}`);
  if (report.rejected > 20) lines.push(`  … and ${formatCount(report.rejected - 20)} more rejected rows (use --json for the list).`);
  return lines.join('\n');
}

/** `sohoa records find TEXT…`: one result per TEXT, candidates best first. */
export function recordsFind(engine: Engine, args: CliArgs, out: Output): number {
  if (args.positionals.length === 0) throw new UsageError('records find needs at least one TEXT (plate, chassis, engine or citizen ID).');
  const limit = args.options.limit === undefined ? 10 : Number(args.options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit must be a whole number from 1 to 100.');
  const results = args.positionals.map((text) => engine.records.find({ text, limit }));
  out.result(
    results.map((r) => ({ query: r.query, candidates: r.candidates.map(({ record_id, score, why }) => ({ record_id, score, why })) })),
    () =>
      results
        .map((r) =>
          [`${r.query}:${r.candidates.length ? '' : ' no matching record'}`]
            .concat(r.candidates.map((c) => `  ${c.record_id}  ${c.score.toFixed(2)}  ${c.record.plate ?? '—'}  ${c.why}`))
            .join('\n'),
        )
        .join('\n'),
  );
  return 0;
}

/** `sohoa records show ID…`: the records as stored; exit 1 naming any id that does not exist. */
export function recordsShow(engine: Engine, args: CliArgs, out: Output): number {
  if (args.positionals.length === 0) throw new UsageError('records show needs at least one record ID.');
  const found = engine.records.show({ ids: args.positionals });
  const shown: StationRecord[] = found.map((r) => {
    const record = Object.fromEntries(RECORD_FIELDS.map((f) => [f, r[f]])) as unknown as StationRecord;
    // Issues as stored, in English: the coded message the screens render is not printed.
    return { ...record, issues: r.issues.map(({ field, message }) => ({ field, message })) };
  });
  const foundIds = new Set(found.map((r) => r.record_id));
  const missing = args.positionals.filter((id) => !foundIds.has(id.normalize('NFC').trim()));
  out.result(shown, () =>
    shown
      .map((r) =>
        RECORD_FIELDS.map((f) => `${f.padEnd(14)}${r[f] ?? '—'}`)
          .concat(r.issues.map((i) => `  ! ${i.field}: ${i.message}`))
          .join('\n'),
      )
      .join('\n\n'),
  );
  for (const id of missing) out.problem(`No record with id ${id} in this station.`);
  return missing.length ? 1 : 0;
}
