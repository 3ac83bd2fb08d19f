/**
 * Answers each contract call from the engine's API object: a call `area.method` goes straight to
 * `engine.area.method(input)`, which takes the call's validated input and answers the contract's output. The compiler
 * checks that here for every call, so there is no line per call. Shared by the Electron engine host and the test host.
 */
import type { z } from 'zod';
import type { CallName, CallOutput, CallResult, Calls } from '../../preload/contract';
import { describeError, type Engine } from '../engine';

/** Calls answered by the shell itself (dialogs, the file manager), not by the engine. */
export type ShellCallName = 'app.pickFiles' | 'app.openFolder';
export type EngineCallName = Exclude<CallName, ShellCallName>;
type Parsed<K extends CallName> = z.output<Calls[K]['input']>;

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

/**
 * Every call the engine answers must be direct: a call named here has no engine method of its name, or one shaped
 * otherwise (positional arguments, another answer, or no input where the call's input has fields). Fix the method.
 */
type MisshapenCallName = Exclude<EngineCallName, DirectCallName>;
const everyCallIsDirect: [MisshapenCallName] extends [never] ? true : { misshapen: MisshapenCallName } = true;
void everyCallIsDirect;

export function isShellCall(name: CallName): name is ShellCallName {
  return name === 'app.pickFiles' || name === 'app.openFolder';
}

/** What answers a call on this engine: the engine's method of the same name, or null when it has none. */
export function answererOf(engine: Engine, name: EngineCallName): ((input: unknown) => unknown) | null {
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

/**
 * A call's answer as it leaves the engine's process: its value, or the error as it crosses to the screens (its
 * category, its English sentence and, for a coded refusal, the message they render in their language).
 */
export async function answerCall(engine: Engine, name: EngineCallName, input: unknown): Promise<CallResult<unknown>> {
  try {
    return { ok: true, value: await invokeEngine(engine, name, input) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
