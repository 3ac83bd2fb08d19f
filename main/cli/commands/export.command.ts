import { resolve } from 'node:path';
import { UserError, type BatchVerdict, type Engine, type ExportResult } from '../../engine';
import { UsageError, type CliArgs } from '../args';
import { formatCount, type Output } from '../output';
import { readPassword } from '../password-input';

/** Refusals of a well-formed request (who, what state) exit 1; unusable input (an unwritable folder) exits 2. */
const REFUSED = new Set(['forbidden', 'conflict', 'auth_failed', 'not_found', 'unauthenticated', 'disk_full', 'write_failed', 'cancelled']);

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

const written = (r: ExportResult, what: string): string[] => [
  `${what} ${r.batch} written to ${r.dir}: ${r.dossiers.length} dossiers, ${formatCount(r.pages)} pages, ${megabytes(r.bytes)} (scans ${megabytes(r.input_bytes)}), in ${r.seconds.toFixed(1)} s.`,
  `Signed with station key ${r.key_id}; check it with: sohoa batch verify "${r.dir}"`,
];

/** One batch, or null when none of its kind is waiting. */
async function exportOne(engine: Engine, request: Parameters<Engine['export']['run']>[0]): Promise<ExportResult | { nothing: string }> {
  try {
    return await engine.export.run(request);
  } catch (error) {
    if (error instanceof UserError && error.code === 'nothing_to_export') return { nothing: error.message };
    throw error;
  }
}

/**
 * `sohoa export --out DIR --user U [DOSSIER…] [--reexport]`, the password from SOHOA_PASSWORD or asked for.
 * Dossiers of vehicles on the retired list never go in a normal batch: when any is waiting, a second batch holding
 * only them is written beside it (its manifest says `"retired": true`) and printed as `retired_batch`: inside the
 * --out folder, or in `<out>-retired` when the normal batch took the --out folder itself (it was new or empty).
 */
export async function exportBatch(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  if (!args.options.out) throw new UsageError('export needs --out DIR (the batch folder to write).');
  if (!args.options.user) throw new UsageError('export needs --user NAME (a station lead).');
  const password = await readPassword(`Password for ${args.options.user}: `, { fromEnv: true });
  const unsubscribe = engine.subscribe((name, payload) => {
    if (name !== 'job.progress') return;
    const p = payload as { kind: string; label: string; done: number; total: number | null; finished: boolean };
    if (p.kind === 'export' && !p.finished) out.progress(`Exporting ${p.label}: ${formatCount(p.done)}/${formatCount(p.total ?? 0)} pages`);
  });
  try {
    await engine.auth.signIn({ name: args.options.user, password });
    const request = { out: args.options.out, ids: args.positionals.length ? args.positionals : undefined, reexport: args.options.reexport };
    const normal = await exportOne(engine, request);
    // A normal batch written as the --out folder itself leaves no room in it: the retired batch goes beside it.
    const outDir = resolve(args.options.out);
    const retiredOut = !('nothing' in normal) && normal.dir === outDir ? `${outDir}-retired` : outDir;
    const retired = await exportOne(engine, { ...request, out: retiredOut, retired: true });
    const retiredBatch = 'nothing' in retired ? null : retired;
    if ('nothing' in normal) {
      const message = retiredBatch ? 'There is no resolved dossier waiting for a normal batch.' : normal.nothing;
      out.result({ batch: null, dir: null, dossiers: [], pages: 0, message, retired_batch: retiredBatch }, () =>
        [message, ...(retiredBatch ? written(retiredBatch, 'Retired-vehicle batch') : [])].join('\n'),
      );
      return 0;
    }
    out.result({ ...normal, retired_batch: retiredBatch }, () => [...written(normal, 'Batch'), ...(retiredBatch ? written(retiredBatch, 'Retired-vehicle batch') : [])].join('\n'));
    return 0;
  } catch (error) {
    if (error instanceof UserError && REFUSED.has(error.code)) {
      out.problem(error.message);
      return 1;
    }
    throw error;
  } finally {
    unsubscribe();
  }
}

/** Which checks an intact batch passed, in words. */
function trustedBy(verdict: BatchVerdict): string {
  const key =
    verdict.checks.key === 'given'
      ? `the manifest is signed by the key you gave (${verdict.key_id})`
      : `the manifest is signed by this station's own key (${verdict.key_id})`;
  if (verdict.checks.recorded) return `${key} and is the manifest this station recorded when it wrote the batch`;
  return `${key}; the batch is not in this station's batch history`;
}

/** `sohoa batch verify DIR [--key FINGERPRINT]`: exit 0 when intact, 1 listing every problem. */
export async function batchVerify(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  const [dir] = args.positionals;
  if (!dir || args.positionals.length > 1) throw new UsageError('batch verify needs exactly one DIR (a batch folder).');
  const checked = await engine.export.verify({ dir, key: args.options.key ?? undefined });
  // Each problem as its English sentence, without the screens' coded copy.
  const verdict = { ...checked, problems: checked.problems.map(({ text: _coded, ...p }) => p) };
  out.result(verdict, () =>
    verdict.ok
      ? `Batch ${verdict.batch} is intact: ${verdict.dossiers} dossiers, ${verdict.files} files, every SHA-256 matches; ${trustedBy(checked)}.`
      : [`Batch ${verdict.batch ?? dir} is NOT intact (${verdict.problems.length} problems):`, ...verdict.problems.map((p) => `  ${p.message}`)].join('\n'),
  );
  if (!verdict.ok && out.json) for (const p of verdict.problems) out.problem(p.message);
  return verdict.ok ? 0 : 1;
}
