import { parseArgs } from 'node:util';
import { UserError } from '../engine';

/** Every option any command takes; a command ignores those it has no use for. */
const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  limit: { type: 'string' },
  role: { type: 'string' },
  value: { type: 'string' },
  user: { type: 'string' },
  out: { type: 'string' },
  stack: { type: 'boolean', default: false },
  reason: { type: 'string' },
  replace: { type: 'boolean', default: false },
  name: { type: 'string' },
  reexport: { type: 'boolean', default: false },
  key: { type: 'string' },
  all: { type: 'boolean', default: false },
  status: { type: 'string' },
  match: { type: 'string' },
  kind: { type: 'string' },
  box: { type: 'string' },
  paper: { type: 'boolean', default: false },
} as const;

export interface CliArgs {
  command: string[];
  positionals: string[];
  db: string | undefined;
  json: boolean;
  help: boolean;
  options: { limit?: string; role?: string; value?: string; user?: string; out?: string; stack: boolean; reason?: string; replace: boolean; name?: string; reexport: boolean; key?: string; all: boolean; status?: string; match?: string; kind?: string; box?: string; paper: boolean };
}

/** Usage problems become one sentence and exit code 2. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 'usage');
  }
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see "sohoa --help").`);
  }
  const { values, positionals } = parsed;
  return {
    command: positionals.slice(0, 2),
    positionals: positionals.slice(2),
    db: values.db,
    json: values.json ?? false,
    help: values.help ?? false,
    options: {
      limit: values.limit,
      role: values.role,
      value: values.value,
      user: values.user,
      out: values.out,
      stack: values.stack ?? false,
      reason: values.reason,
      replace: values.replace ?? false,
      name: values.name,
      reexport: values.reexport ?? false,
      key: values.key,
      all: values.all ?? false,
      status: values.status,
      match: values.match,
      kind: values.kind,
      box: values.box,
      paper: values.paper ?? false,
    },
  };
}
