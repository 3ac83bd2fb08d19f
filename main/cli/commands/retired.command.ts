import { resolve } from 'node:path';
import type { Engine } from '../../engine';
import { UsageError, type CliArgs } from '../args';
import { formatCount, formatDuration, type Output } from '../output';

/**
 * `sohoa retired import FILE…`: the department's list of vehicles past service life or out of circulation.
 * Prints `{marked, already_marked, unmatched:[{file,row,message}]}` (CLI.md) with `rejected` and `errors` for rows
 * that cannot be used at all (no reason, an unknown reason, no vehicle named). Exit 1 when a row matched no record
 * or was rejected, or a file could not be read; 2 when no file could.
 */
export async function retiredImport(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('retired import needs at least one FILE (CSV, XLSX or JSON).');
  const files = args.positionals.map((f) => resolve(f));
  const unsubscribe = engine.subscribe((name, payload) => {
    if (name !== 'job.progress') return;
    const p = payload as { label: string; done: number; total: number | null; items: number; etaSeconds: number | null };
    const percent = p.total ? ` ${Math.floor((100 * p.done) / p.total)}%` : '';
    out.progress(`Importing ${p.label}:${percent} ${formatCount(p.items)} rows, ${formatDuration(p.etaSeconds)} left`);
  });
  let report;
  try {
    report = await engine.retired.import({ files, source: 'command line' });
  } finally {
    unsubscribe();
  }
  const typed = new Map(files.map((f, i) => [f, args.positionals[i]!]));
  // The contract's three keys (CLI.md): the coded message the screens render is not printed.
  const unmatched = report.unmatched.map((u) => ({ file: typed.get(u.file) ?? u.file, row: u.row, message: u.message }));
  const errors = report.errors.map((e) => ({ file: typed.get(e.file) ?? e.file, row: e.row, field: e.field, message: e.message }));
  const { marked, already_marked, rejected } = report;
  out.result({ marked, already_marked, unmatched, rejected, errors }, () => {
    const lines = [
      `${formatCount(marked)} vehicles marked, ${formatCount(already_marked)} already marked, ${formatCount(unmatched.length)} rows matching no record, ` +
        `${formatCount(rejected)} rejected (${report.seconds} s).`,
    ];
    for (const u of unmatched.slice(0, 20)) lines.push(`  ${u.message}`);
    for (const e of errors.filter((e) => e.row !== null).slice(0, 20)) lines.push(`  ${e.message}`);
    return lines.join('\n');
  });
  const unreadable = new Set(errors.filter((e) => e.row === null).map((e) => e.file));
  for (const e of errors) if (e.row === null) out.problem(e.message);
  if (unreadable.size === files.length) return 2;
  return rejected > 0 || unreadable.size > 0 || unmatched.length > 0 ? 1 : 0;
}

/** `sohoa retired list`: every marked vehicle with its reason, list date and scanned dossiers (with their box). */
export function retiredList(engine: Engine, _args: CliArgs, out: Output): number {
  const vehicles = engine.retired.list();
  out.result(vehicles, () =>
    vehicles.length === 0
      ? 'No vehicle is marked as past service life or out of circulation.'
      : vehicles
          .map((v) => {
            const dossiers = v.dossiers.map((d) => `${d.id}${d.box ? ` (${d.box})` : ''}`).join(', ');
            return `${v.record_id}  ${(v.plate ?? '—').padEnd(14)} ${v.reason.padEnd(15)} ${v.listed_on ?? '—'}  ${dossiers || 'no dossier scanned'}`;
          })
          .join('\n'),
  );
  return 0;
}

/** `sohoa retired pick-list --out FILE`: the pick list PDF (what to pull from which box). */
export async function retiredPickList(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  if (!args.options.out) throw new UsageError('retired pick-list needs --out FILE (the PDF to write).');
  const written = await engine.retired.pickList({ out: resolve(args.options.out), locale: 'vi' });
  out.result(written, () => `Pick list written to ${written.file}: ${formatCount(written.lines)} lines.`);
  return 0;
}
