import { UserError, type Engine } from '../../engine';
import { UsageError, type CliArgs } from '../args';
import type { Output } from '../output';
import { readPassword } from '../password-input';

/** Refusals of a well-formed request (who, what state) exit 1; malformed requests exit 2. */
const REFUSED = new Set(['forbidden', 'conflict', 'auth_failed', 'not_found', 'unauthenticated']);

export async function refusalsExitOne(out: Output, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserError && REFUSED.has(error.code)) {
      out.problem(error.message);
      return 1;
    }
    throw error;
  }
}

/** `sohoa users add NAME --role clerk|officer|lead`, the password on stdin or asked for. */
export async function usersAdd(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  const [name] = args.positionals;
  if (!name || args.positionals.length > 1) throw new UsageError('users add needs exactly one NAME.');
  const role = args.options.role;
  if (!role) throw new UsageError('users add needs --role clerk, officer or lead.');
  const password = await readPassword(`Password for ${name}: `, { fromEnv: false });
  return refusalsExitOne(out, async () => {
    const user = await engine.users.add({ name, role, password, asOwner: true });
    out.result(user, () => `Added ${user.name} (${user.role}).`);
    return 0;
  });
}

/** `sohoa review decide DOSSIER FIELD ACTION [--value V] --user U`, the password from SOHOA_PASSWORD or asked for. */
export async function reviewDecide(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  const [dossier, field, action] = args.positionals;
  if (!dossier || !field || !action || args.positionals.length > 3) throw new UsageError('review decide needs DOSSIER FIELD ACTION (keep-record, take-scan, set or rescan).');
  if (!args.options.user) throw new UsageError('review decide needs --user NAME.');
  if (action === 'set' && args.options.value === undefined) throw new UsageError('review decide … set needs --value V.');
  const password = await readPassword(`Password for ${args.options.user}: `, { fromEnv: true });
  return refusalsExitOne(out, async () => {
    await engine.auth.signIn({ name: args.options.user!, password });
    const result = await engine.review.decide({ dossier, field, action, value: args.options.value ?? null, reason: args.options.reason ?? null, replace: args.options.replace });
    const { id, status, fields } = result.dossier;
    const flag = result.dossier.flags.find((f) => f.field === field);
    out.result({ outcome: result.outcome, message: result.message, dossier: id, status, field, value: fields[field] ?? flag?.decision?.value ?? null, decision: flag?.decision ?? null }, () =>
      `${result.message} Dossier ${id} is ${status.replace('_', ' ')}.`,
    );
    return 0;
  });
}

/** `sohoa audit verify`: exit 1 naming the first broken entry. */
export function auditVerify(engine: Engine, _args: CliArgs, out: Output): number {
  const checked = engine.audit.verify();
  // The broken entry as its English sentence, without the screens' coded copy.
  const verdict = { ...checked, broken: checked.broken && { seq: checked.broken.seq, message: checked.broken.message } };
  out.result(verdict, () => (verdict.ok ? `The audit log is intact: ${verdict.entries} entries, every hash checks.` : verdict.broken!.message));
  if (!verdict.ok && out.json) out.problem(verdict.broken!.message);
  return verdict.ok ? 0 : 1;
}
