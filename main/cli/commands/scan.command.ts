import { resolve } from 'node:path';
import type { Engine, JobProgress, ScanImportReport } from '../../engine';
import { UsageError, type CliArgs } from '../args';
import { formatCount, formatDuration, type Output } from '../output';

function showProgress(engine: Engine, out: Output): () => void {
  return engine.subscribe((name, payload) => {
    if (name !== 'job.progress') return;
    const p = payload as JobProgress;
    if (p.kind !== 'scan.import') return;
    out.progress(`OCR: ${formatCount(p.done)}/${formatCount(p.total ?? p.done)} pages, ${formatDuration(p.etaSeconds)} left`);
  });
}

/** `sohoa scan import PATH…`: exit 1 when a dossier failed or a path was unusable, 2 when nothing could be used. */
export async function scanImport(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('scan import needs at least one PATH (a scanned file or a folder).');
  const kind = args.options.kind ?? 'vehicle';
  if (kind !== 'vehicle' && kind !== 'licence') throw new UsageError(`--kind ${kind} is not a kind of paper: use --kind vehicle or --kind licence.`);
  const box = args.options.box?.trim();
  if (args.options.box !== undefined && !box) throw new UsageError('--box needs a label (the box or shelf the paper came from).');
  const paths = args.positionals.map((p) => resolve(p));
  const unsubscribe = showProgress(engine, out);
  let report: ScanImportReport;
  try {
    report = await engine.scan.import({ paths, stack: args.options.stack, kind, box: box ?? null });
  } finally {
    unsubscribe();
  }
  const dossiers = engine.dossiers.all().filter((d) => report.created.includes(d.id));
  const failed = dossiers.filter((d) => d.status === 'failed');
  out.result(report, () =>
    [
      `${report.created.length} dossiers created, ${report.duplicates.length} already imported, ${report.pages} pages processed (${report.seconds} s).`,
      ...report.duplicates.map((d) => `  ${d.source} was already imported as ${d.dossier}.`),
    ].join('\n'),
  );
  for (const e of report.errors) out.problem(e.message);
  for (const d of failed) out.problem(d.error ?? `${d.id} failed.`);
  // A dossier kept for the officer with a problem on one of its pages (a photo with no licence card) says so too.
  for (const d of dossiers) if (d.status !== 'failed' && d.error) out.problem(`${d.id}: ${d.error}`);
  if (report.created.length === 0 && report.duplicates.length === 0) return 2;
  return failed.length > 0 || report.errors.length > 0 ? 1 : 0;
}

/**
 * `sohoa scan watch DIR`: imports what a scanner writes into DIR, once each file is complete, until interrupted.
 * The engine's one hot-folder watcher (the Scan screen's too) does the work; this prints what each batch became.
 */
export async function scanWatch(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  const [dir] = args.positionals;
  if (!dir || args.positionals.length > 1) throw new UsageError('scan watch needs exactly one DIR (the scanner\'s output folder).');
  const status = await engine.scan.watch({ dir: resolve(dir) }, (batch) => {
    for (const id of batch.created) out.problem(`Imported ${id}.`);
    for (const problem of batch.problems) out.problem(problem);
    // A file kept as a failed dossier, or a page kept with a problem (a photo with no card), is said as scan import says it.
    const made = new Set(batch.created);
    if (made.size === 0) return;
    for (const d of engine.dossiers.list({ offset: 0, limit: Math.min(500, made.size) }).rows) if (made.has(d.id) && d.error) out.problem(`${d.id}: ${d.error}`);
  });
  // CLI.md gives watch no --kind or --box: what arrives is imported as the station's Scan screen says.
  const { scanKind, scanBox } = engine.settings.get();
  const paper = scanKind === 'licence' ? 'paper driving licences' : 'vehicle dossiers';
  const box = scanBox?.trim();
  out.problem(`Watching ${status.dir} for scans, imported as ${paper}${box ? ` from box ${box}` : ''} (the Scan screen's choice); press Ctrl+C to stop.`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await engine.scan.unwatch();
  return 0;
}

/** `sohoa dossiers list`: every dossier with its fields, link and flags. */
export function dossiersList(engine: Engine, _args: CliArgs, out: Output): number {
  // CLI.md's shape: the problems as one English `error` sentence, without the screens' coded copy.
  const dossiers = engine.dossiers.all().map(({ problems: _coded, ...d }) => d);
  out.result(dossiers, () =>
    dossiers.length === 0
      ? 'No dossiers yet.'
      : dossiers
          .map((d) => {
            const f = (k: string): string => d.fields[k]?.value ?? '—';
            return `${d.id}  ${d.status.padEnd(12)}  ${String(d.pages).padStart(3)} p  ${f('plate').padEnd(14)} ${f('chassis').padEnd(18)} ${f('engine').padEnd(15)}${d.error ? `  ! ${d.error}` : ''}`;
          })
          .join('\n'),
  );
  return 0;
}
