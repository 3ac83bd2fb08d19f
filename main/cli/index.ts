import { UserError, createEngine, defaultDbPath, describeError, type Engine } from '../engine';
import { parseCliArgs, UsageError, type CliArgs } from './args';
import { recordsFind, recordsImport, recordsShow } from './commands/records.command';
import { dossiersList, scanImport, scanWatch } from './commands/scan.command';
import { auditVerify, reviewDecide, usersAdd } from './commands/review.command';
import { backup, restore } from './commands/backup.command';
import { batchVerify, exportBatch } from './commands/export.command';
import { ownersDecide, ownersReconcile, residentsImport } from './commands/owners.command';
import { declarationsDecide, declarationsImport, declarationsList } from './commands/declarations.command';
import { licencesImport, licencesReconcile } from './commands/licences.command';
import { retiredImport, retiredList, retiredPickList } from './commands/retired.command';
import { createOutput, type Output } from './output';

type Command = (engine: Engine, args: CliArgs, out: Output) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  'records import': { run: recordsImport, usage: 'records import FILE…        import station records (CSV, XLSX, JSON)' },
  'records find': { run: recordsFind, usage: 'records find TEXT…          find records by plate, chassis, engine or citizen ID' },
  'records show': { run: recordsShow, usage: 'records show ID…            show records as stored' },
  'scan import': {
    run: scanImport,
    usage: 'scan import PATH… [--stack] [--kind vehicle|licence] [--box LABEL]\n                              import scanned files or folders (vehicle dossiers or paper licences; the box or\n                              shelf they came from) and run the whole pipeline',
  },
  'scan watch': { run: scanWatch, usage: 'scan watch DIR              import what a scanner writes into DIR, until interrupted' },
  'dossiers list': { run: dossiersList, usage: 'dossiers list               every dossier with its fields, link and flags' },
  'users add': { run: usersAdd, usage: 'users add NAME --role R     create a local account (clerk, officer or lead); password on stdin' },
  'review decide': {
    run: reviewDecide,
    usage: 'review decide DOSSIER FIELD ACTION [--value V] --user U [--reason T] [--replace]\n                              decide a flag: keep-record, take-scan, set or rescan (password: SOHOA_PASSWORD)',
  },
  backup: { run: backup, usage: 'backup --out FILE           a consistent copy of the station database and its archive index' },
  restore: { run: () => 2, usage: 'restore FILE                replace the station database with a backup (the old one is kept)' },
  'audit verify': { run: auditVerify, usage: 'audit verify                check the audit log\'s hash chain' },
  export: {
    run: exportBatch,
    usage: 'export --out DIR --user U [DOSSIER…] [--reexport]\n                              write a signed batch of resolved dossiers (a lead; password: SOHOA_PASSWORD)',
  },
  'batch verify': {
    run: batchVerify,
    usage: 'batch verify DIR [--key FINGERPRINT]\n                              check a batch\'s signature against this station\'s key (or the key given, for\n                              another station\'s batch), its recorded manifest, and every file\'s hash',
  },
  'residents import': { run: residentsImport, usage: 'residents import FILE…      import an extract of the population register (upsert by personal ID)' },
  'owners reconcile': { run: ownersReconcile, usage: 'owners reconcile [--all]    check every record\'s owner against the register' },
  'owners decide': {
    run: ownersDecide,
    usage: 'owners decide RECORD FIELD take-register|keep-record --user U [--reason T]\n                              decide one owner difference (password: SOHOA_PASSWORD)',
  },
  'declarations import': { run: declarationsImport, usage: 'declarations import FILE…   import citizens\' self-declarations (upsert by declaration id)' },
  'declarations list': { run: declarationsList, usage: 'declarations list           every declaration with its match and status [--status S] [--match M] [--paper: against scanned dossiers]' },
  'declarations decide': {
    run: declarationsDecide,
    usage: 'declarations decide ID confirm|reject|update-record --user U [--reason T]\n                              a ward officer\'s decision (password: SOHOA_PASSWORD)',
  },
  'licences import': { run: licencesImport, usage: 'licences import FILE…       import driving-licence records (upsert by licence number)' },
  'licences reconcile': { run: licencesReconcile, usage: 'licences reconcile [--all]  check every licence holder against the register' },
  'retired import': { run: retiredImport, usage: 'retired import FILE…        mark the vehicles on the department\'s list (past service life, out of circulation)' },
  'retired list': { run: retiredList, usage: 'retired list                every marked vehicle with its reason and scanned dossiers (and their box)' },
  'retired pick-list': { run: retiredPickList, usage: 'retired pick-list --out FILE  the pick list PDF: which dossier to pull from which box' },
};

const HELP = `Usage: sohoa COMMAND [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join('\n')}

Options:
  --db PATH    the station database (default: the desktop app's own; env SOHOA_DB overrides)
  --json       machine-readable result on stdout
  -h, --help   this help
`;

/** Runs the command line and returns the exit code: 0 success, 1 a problem found, 2 bad usage or unusable input. */
export async function main(argv: string[]): Promise<number> {
  let out = createOutput(argv.includes('--json'));
  let engine: Engine | undefined;
  try {
    const args = parseCliArgs(argv);
    out = createOutput(args.json);
    if (args.help || args.command.length === 0) {
      process.stdout.write(HELP);
      return args.help ? 0 : 2;
    }
    let name = args.command.join(' ');
    if (!COMMANDS[name] && args.command.length === 2 && COMMANDS[args.command[0]!]) {
      // A one-word command (export): its second word is its first argument.
      args.positionals.unshift(args.command[1]!);
      name = args.command[0]!;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`Unknown command "${name}" (see "sohoa --help").`);
    // Restore replaces the database file, so it must not hold the station open.
    if (name === 'restore') return await restore(args.db ?? defaultDbPath(), args, out);
    engine = await createEngine({ dbPath: args.db ?? defaultDbPath(), ocrEveryCore: true });
    return await command.run(engine, args, out);
  } catch (error) {
    out.problem(describeError(error).message);
    return error instanceof UserError ? 2 : 1;
  } finally {
    await engine?.close();
  }
}
