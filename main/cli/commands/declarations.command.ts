import { DECLARATION_MATCHES, DECLARATION_STATUSES, type DeclarationMatch, type DeclarationStatus, type Engine, type DeclarationView } from '../../engine';
import { UsageError, type CliArgs } from '../args';
import type { Output } from '../output';
import { readPassword } from '../password-input';
import { keyedImport } from './keyed-import.command';
import { refusalsExitOne } from './review.command';

/** `sohoa declarations import FILE…`: citizens' self-declarations; upsert by declaration id. */
export function declarationsImport(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  return keyedImport(engine, args, out, { command: 'declarations import', keyName: 'declaration_id' }, (files) =>
    engine.declarations.import({ files, source: 'command line' }),
  );
}

/** One declaration as `declarations list --json` prints it (CLI.md). */
function view(d: DeclarationView): { declaration_id: string; status: string; match: string; record_id: string | null; differences: DeclarationView['differences'] } {
  return { declaration_id: d.declaration_id, status: d.status, match: d.match, record_id: d.record_id, differences: d.differences };
}

/** `sohoa declarations list [--status S] [--match M] [--paper]`: every declaration with its comparison and status. */
export function declarationsList(engine: Engine, args: CliArgs, out: Output): number {
  const { status, match } = args.options;
  if (status !== undefined && !(DECLARATION_STATUSES as readonly string[]).includes(status)) throw new UsageError(`--status must be one of ${DECLARATION_STATUSES.join(', ')}.`);
  if (match !== undefined && !(DECLARATION_MATCHES as readonly string[]).includes(match)) throw new UsageError(`--match must be one of ${DECLARATION_MATCHES.join(', ')}.`);
  const filter = { status: status as DeclarationStatus | undefined, match: match as DeclarationMatch | undefined };
  // CLI.md's keys stay exact; --paper adds each scanned dossier of the vehicle against the declaration (the third leg).
  const rows = [...engine.declarations.list(filter)].map((d) => (args.options.paper ? { ...view(d), paper: engine.declarations.paper({ id: d.declaration_id }) } : view(d)));
  out.result(rows, () =>
    rows.length === 0
      ? 'No declarations.'
      : rows
          .map((d) => {
            const what = d.differences.map((x) => `${x.field}: ${x.declared ?? '—'} / ${x.record ?? '—'}`).join('; ');
            const paper = 'paper' in d ? d.paper.map((p) => `  paper ${p.dossier_id}: ${p.agrees ? 'agrees' : p.differences.map((x) => `${x.field} ${x.paper ?? '—'}`).join(', ')}`).join('') : '';
            return `${d.declaration_id}  ${d.status}  ${d.match}${d.record_id ? `  ${d.record_id}` : ''}${what ? `  ${what}` : ''}${paper}`;
          })
          .join('\n'),
  );
  return 0;
}

/** `sohoa declarations decide ID confirm|reject|update-record --user U [--reason T]`, password as for review decide. */
export async function declarationsDecide(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  const [id, action] = args.positionals;
  if (!id || !action || args.positionals.length > 2) throw new UsageError('declarations decide needs ID ACTION (confirm, reject or update-record).');
  if (!args.options.user) throw new UsageError('declarations decide needs --user NAME.');
  const password = await readPassword(`Password for ${args.options.user}: `, { fromEnv: true });
  return refusalsExitOne(out, async () => {
    await engine.auth.signIn({ name: args.options.user!, password });
    const decided = await engine.declarations.decide({ id, action, reason: args.options.reason ?? undefined });
    out.result({ outcome: decided.outcome, message: decided.message, ...view(decided.declaration) }, () => decided.message);
    return 0;
  });
}
