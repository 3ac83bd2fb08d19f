import type { Engine } from '../../engine/engine.types';
import type { OwnerResult } from '../../engine/engine-campaign.types';
import { RECONCILE_STATUSES, type ReconcileStatus } from '../../engine/reconcile/subject';
import { UsageError, type CliArgs } from '../args';
import { formatCount, type Output } from '../output';
import { readPassword } from '../password-input';
import { keyedImport } from './keyed-import.command';
import { refusalsExitOne } from './review.command';

/** `sohoa residents import FILE…`: an extract of the population register; upsert by personal ID. */
export function residentsImport(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  return keyedImport(engine, args, out, { command: 'residents import', keyName: 'personal_id' }, (files) =>
    engine.residents.import(files, { source: 'command line' }),
  );
}

/**
 * `sohoa owners reconcile [--all] [--status S]`: checks every record's owner against the register. The JSON is
 * written as it is produced, so a million records never sit in memory as one string.
 */
export function ownersReconcile(engine: Engine, args: CliArgs, out: Output): number {
  const status = args.options.status;
  if (status !== undefined && !(RECONCILE_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status must be one of ${RECONCILE_STATUSES.join(', ')}.`);
  }
  out.progress('Checking every record owner against the population register…');
  const counts = engine.owners.reconcile();
  const results = engine.owners.results({ all: args.options.all, status: status as ReconcileStatus | undefined });
  if (out.json) {
    writeJsonStream(counts, results);
    return 0;
  }
  const lines = [
    `${formatCount(counts.match)} match, ${formatCount(counts.differs)} differ, ${formatCount(counts.legacy_id)} hold a former CMND, ` +
      `${formatCount(counts.not_found)} not found, ${formatCount(counts.no_id)} without ID.`,
  ];
  let shown = 0;
  for (const r of results) {
    if (shown++ >= 50) {
      lines.push('  … (use --json for every record)');
      break;
    }
    const what = r.differences.map((d) => `${d.field}: ${d.record_value ?? '—'} / ${d.register_value ?? '—'}${d.hint ? ` (${d.hint})` : ''}`).join('; ');
    lines.push(`  ${r.record_id}  ${r.status}${r.personal_id ? `  ${r.personal_id}` : ''}${what ? `  ${what}` : ''}`);
  }
  out.result(null, () => lines.join('\n'));
  return 0;
}

function writeJsonStream(counts: Record<string, number>, results: Iterable<OwnerResult>): void {
  let text = `{"counts":${JSON.stringify(counts)},"records":[`;
  let first = true;
  for (const r of results) {
    text += `${first ? '\n' : ',\n'}${JSON.stringify({ record_id: r.record_id, status: r.status, personal_id: r.personal_id, differences: r.differences })}`;
    first = false;
    if (text.length > 1 << 20) {
      process.stdout.write(text);
      text = '';
    }
  }
  process.stdout.write(`${text}\n]}\n`);
}

/** `sohoa owners decide RECORD FIELD take-register|keep-record --user U [--reason T]`, password as for review decide. */
export async function ownersDecide(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  const [record, field, action] = args.positionals;
  if (!record || !field || !action || args.positionals.length > 3) throw new UsageError('owners decide needs RECORD FIELD ACTION (take-register or keep-record).');
  if (!args.options.user) throw new UsageError('owners decide needs --user NAME.');
  const password = await readPassword(`Password for ${args.options.user}: `, { fromEnv: true });
  return refusalsExitOne(out, async () => {
    await engine.auth.signIn(args.options.user!, password);
    const decided = await engine.owners.decide({ record, field, action, reason: args.options.reason ?? null });
    const { result } = decided;
    out.result(
      { outcome: decided.outcome, message: decided.message, record_id: result.record_id, field, status: result.status, personal_id: result.personal_id, differences: result.differences },
      () => `${decided.message} Record ${result.record_id} is now ${result.status}.`,
    );
    return 0;
  });
}
