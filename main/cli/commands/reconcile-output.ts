import { RECONCILE_STATUSES, type Difference, type ReconcileStatus } from '../../engine';
import { UsageError, type CliArgs } from '../args';
import { formatCount, type Output } from '../output';

interface Result {
  status: ReconcileStatus;
  personal_id: string | null;
  differences: Difference[];
}

/** The `--status S` option of a reconcile command, checked. */
export function statusOption(args: CliArgs): ReconcileStatus | undefined {
  const status = args.options.status;
  if (status !== undefined && !(RECONCILE_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status must be one of ${RECONCILE_STATUSES.join(', ')}.`);
  }
  return status as ReconcileStatus | undefined;
}

/**
 * Prints a reconciliation as CLI.md specifies for `owners reconcile` and `licences reconcile`: `{counts, <list>:
 * [{<key>, status, personal_id, differences}]}`. The JSON is written as it is produced, so a million results
 * never sit in memory as one string; the text form names the first 50.
 */
export function printReconciliation<R extends Result>(
  out: Output,
  counts: Record<ReconcileStatus, number>,
  results: Iterable<R>,
  shape: { list: string; keyName: string; keyOf: (r: R) => string; noun: string },
): void {
  if (out.json) {
    let text = `{"counts":${JSON.stringify(counts)},"${shape.list}":[`;
    let first = true;
    for (const r of results) {
      text += `${first ? '\n' : ',\n'}${JSON.stringify({ [shape.keyName]: shape.keyOf(r), status: r.status, personal_id: r.personal_id, differences: r.differences })}`;
      first = false;
      if (text.length > 1 << 20) {
        process.stdout.write(text);
        text = '';
      }
    }
    process.stdout.write(`${text}\n]}\n`);
    return;
  }
  const lines = [
    `${formatCount(counts.match)} match, ${formatCount(counts.differs)} differ, ${formatCount(counts.legacy_id)} hold a former CMND, ` +
      `${formatCount(counts.not_found)} not found, ${formatCount(counts.no_id)} without ID.`,
  ];
  let shown = 0;
  for (const r of results) {
    if (shown++ >= 50) {
      lines.push(`  … (use --json for every ${shape.noun})`);
      break;
    }
    const what = r.differences.map((d) => `${d.field}: ${d.record_value ?? '—'} / ${d.register_value ?? '—'}${d.hint ? ` (${d.hint})` : ''}`).join('; ');
    lines.push(`  ${shape.keyOf(r)}  ${r.status}${r.personal_id ? `  ${r.personal_id}` : ''}${what ? `  ${what}` : ''}`);
  }
  out.result(null, () => lines.join('\n'));
}
