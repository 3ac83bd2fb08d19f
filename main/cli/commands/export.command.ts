import type { BatchVerdict, Engine } from '../../engine/engine.types';
import { UserError } from '../../engine/errors';
import { UsageError, type CliArgs } from '../args';
import { formatCount, type Output } from '../output';
import { readPassword } from '../password-input';

/** Refusals of a well-formed request (who, what state) exit 1; unusable input (an unwritable folder) exits 2. */
const REFUSED = new Set(['forbidden', 'conflict', 'auth_failed', 'not_found', 'unauthenticated', 'disk_full', 'write_failed', 'cancelled']);

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** `sohoa export --out DIR --user U [DOSSIER…] [--reexport]`, the password from SOHOA_PASSWORD or asked for. */
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
    await engine.auth.signIn(args.options.user, password);
    const result = await engine.export.run({ out: args.options.out, ids: args.positionals.length ? args.positionals : undefined, reexport: args.options.reexport });
    out.result(result, () =>
      [
        `Batch ${result.batch} written to ${result.dir}: ${result.dossiers.length} dossiers, ${formatCount(result.pages)} pages, ${megabytes(result.bytes)} (scans ${megabytes(result.input_bytes)}), in ${result.seconds.toFixed(1)} s.`,
        `Signed with station key ${result.key_id}; check it with: sohoa batch verify "${result.dir}"`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof UserError && error.code === 'nothing_to_export') {
      out.result({ batch: null, dir: null, dossiers: [], pages: 0, message: error.message }, () => error.message);
      return 0;
    }
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
  const verdict = await engine.export.verify(dir, { keyId: args.options.key ?? null });
  out.result(verdict, () =>
    verdict.ok
      ? `Batch ${verdict.batch} is intact: ${verdict.dossiers} dossiers, ${verdict.files} files, every SHA-256 matches; ${trustedBy(verdict)}.`
      : [`Batch ${verdict.batch ?? dir} is NOT intact (${verdict.problems.length} problems):`, ...verdict.problems.map((p) => `  ${p.message}`)].join('\n'),
  );
  if (!verdict.ok && out.json) for (const p of verdict.problems) out.problem(p.message);
  return verdict.ok ? 0 : 1;
}
