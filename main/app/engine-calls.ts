/**
 * Answers each contract call from the engine's API object. A call `area.method` goes straight to
 * `engine.area.method(input)` when that method takes the call's validated input and answers the contract's output
 * (the compiler checks it here); only the calls whose engine method is shaped otherwise need an adapter below.
 * Shared by the Electron engine host and the test host.
 */
import type { z } from 'zod';
import type { CallName, CallOutput, Calls } from '../../preload/contract';
import type { Engine } from '../engine';

/** Calls answered by the shell itself (dialogs, the file manager), not by the engine. */
export type ShellCallName = 'app.pickFiles' | 'app.openFolder';
export type EngineCallName = Exclude<CallName, ShellCallName>;
type Parsed<K extends CallName> = z.output<Calls[K]['input']>;
type Handler<K extends CallName> = (engine: Engine, input: Parsed<K>) => CallOutput<K> | Promise<CallOutput<K>>;

/** The engine's method for `area.method`, or never when the engine has none of that name. */
type EngineMethod<K extends string> = K extends `${infer Area}.${infer Method}`
  ? Area extends keyof Engine
    ? Method extends keyof Engine[Area]
      ? Engine[Area][Method]
      : never
    : never
  : never;
/** Calls the engine answers as they are: its method takes the validated input and gives the contract's output. */
type DirectCallName = {
  [K in EngineCallName]: [EngineMethod<K>] extends [never]
    ? never
    : EngineMethod<K> extends (input: Parsed<K>) => CallOutput<K> | Promise<CallOutput<K>>
      ? Parameters<EngineMethod<K>> extends [] // a method taking nothing would drop an input that has fields
        ? Record<never, never> extends Required<Parsed<K>>
          ? K
          : never
        : K
      : never;
}[EngineCallName];

/** One line per call whose engine method has another shape (positional arguments, a different answer). */
const adapters: { [K in Exclude<EngineCallName, DirectCallName>]: Handler<K> } = {
  'app.info': (engine) => engine.info(),
  'station.backup': (engine, input) => engine.backup(input.out),
  'jobs.cancel': (engine, input) => ({ cancelled: engine.jobs.cancel(input.jobId) }),
  'export.verify': (engine, input) => engine.export.verify(input.dir, { keyId: input.key ?? null }),
};

export function isShellCall(name: CallName): name is ShellCallName {
  return name === 'app.pickFiles' || name === 'app.openFolder';
}

/** What answers a call on this engine: its adapter, or else the engine's method of the same name; null for neither. */
export function answererOf(engine: Engine, name: EngineCallName): ((input: unknown) => unknown) | null {
  const adapter = (adapters as Partial<Record<EngineCallName, (engine: Engine, input: unknown) => unknown>>)[name];
  if (adapter) return (input) => adapter(engine, input);
  const [area, method] = name.split('.') as [string, string];
  const group = (engine as unknown as Record<string, Record<string, unknown> | undefined>)[area];
  const answer = group?.[method];
  return typeof answer === 'function' ? (input) => (answer as (input: unknown) => unknown).call(group, input) : null;
}

/** Runs an already-validated call against the engine. */
export async function invokeEngine(engine: Engine, name: EngineCallName, input: unknown): Promise<unknown> {
  const answer = answererOf(engine, name);
  if (!answer) throw new Error(`The engine has no method for the call ${name}.`);
  return answer(input);
}
