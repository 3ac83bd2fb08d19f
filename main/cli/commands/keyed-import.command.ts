import { resolve } from 'node:path';
import type { Engine, KeyedImportReport } from '../../engine';
import { UsageError, type CliArgs } from '../args';
import { formatCount, formatDuration, type Output } from '../output';

/**
 * Runs an import of keyed table files (register, declarations) and prints the records importer's shape with
 * the file's own key (`keyName`) in `issues`. Exit 1 when rows were rejected or a file could not be read, 2
 * when none could.
 */
export async function keyedImport(
  engine: Engine,
  args: CliArgs,
  out: Output,
  what: { command: string; keyName: string },
  run: (files: string[]) => Promise<KeyedImportReport>,
): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError(`${what.command} needs at least one FILE (CSV, XLSX or JSON).`);
  const files = args.positionals.map((f) => resolve(f));
  const unsubscribe = engine.subscribe((name, payload) => {
    if (name !== 'job.progress') return;
    const p = payload as { label: string; done: number; total: number | null; items: number; itemsPerSecond: number; etaSeconds: number | null };
    const percent = p.total ? ` ${Math.floor((100 * p.done) / p.total)}%` : '';
    out.progress(`Importing ${p.label}:${percent} ${formatCount(p.items)} rows, ${formatCount(p.itemsPerSecond)} rows/s, ${formatDuration(p.etaSeconds)} left`);
  });
  let report: KeyedImportReport;
  try {
    report = await run(files);
  } finally {
    unsubscribe();
  }
  const { imported, updated, unchanged, rejected, with_issues } = report;
  const typed = new Map(files.map((f, i) => [f, args.positionals[i]!]));
  const errors = report.errors.map((e) => ({ file: typed.get(e.file) ?? e.file, row: e.row, field: e.field, message: e.message }));
  const issues = report.issues.map((i) => ({ [what.keyName]: i.key, field: i.field, message: i.message }));
  out.result({ imported, updated, unchanged, rejected, with_issues, errors, issues }, () => {
    const lines = [
      `${formatCount(imported)} imported, ${formatCount(updated)} updated, ${formatCount(unchanged)} unchanged, ` +
        `${formatCount(rejected)} rejected, ${formatCount(with_issues)} with data-quality issues (${report.seconds} s).`,
    ];
    for (const e of errors.filter((e) => e.row !== null).slice(0, 20)) lines.push(`  ${e.message}`);
    if (rejected > 20) lines.push(`  … and ${formatCount(rejected - 20)} more rejected rows (use --json for the list).`);
    // A row kept with an issue is the officer's to check: say which, as for a rejected row.
    for (const i of issues.slice(0, 20)) lines.push(`  ${i.message}`);
    if (issues.length > 20) lines.push(`  … and ${formatCount(issues.length - 20)} more issues (use --json for the list).`);
    return lines.join('\n');
  });
  const unreadable = new Set(errors.filter((e) => e.row === null).map((e) => e.file));
  for (const e of errors) if (e.row === null) out.problem(e.message);
  if (unreadable.size === files.length) return 2;
  return rejected > 0 || unreadable.size > 0 ? 1 : 0;
}
