/** How a call is written in the contract: its input and output schemas and one line saying what it does. */
import { z } from 'zod';

export interface Call<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  doc: string;
}

export const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string): Call<I, O> => ({ input, output, doc });

/** A dossier's id (DS…), as calls name it. */
export const DossierId = z.string().min(1).max(40);
/** A page's position in its dossier, 0-based. */
export const PageNo = z.number().int().min(0).max(100_000);

/**
 * What the engine's method for call `K` of an area's `calls` takes: the call's input as a caller writes it (fields
 * with a default may be left out; the engine fills them in with `withDefaults`). The contract validates against the
 * same schema, so the input is written once: `find(input: InputOf<RecordsCalls, 'records.find'>)`.
 */
export type InputOf<Calls extends Record<string, Call<z.ZodType, z.ZodType>>, K extends keyof Calls> = z.input<Calls[K]['input']>;

/** The fields of an object schema that have a default, with the type the default gives them. */
type Defaulted<S> = { [K in keyof S as S[K] extends z.ZodDefault ? K : never]: z.output<S[K]> };

const defaultedCache = new WeakMap<z.ZodObject, [string, z.ZodDefault][]>();

/** The fields of an object schema that have a `.default(…)`, found once per schema. */
function defaultedOf(schema: z.ZodObject): [string, z.ZodDefault][] {
  let found = defaultedCache.get(schema);
  if (!found) {
    found = Object.entries(schema.shape).flatMap(([key, field]) => (field instanceof z.ZodDefault ? [[key, field] as [string, z.ZodDefault]] : []));
    defaultedCache.set(schema, found);
  }
  return found;
}

/**
 * `input` with every field the caller left out that the call's schema gives a default filled in with that default,
 * so an engine method takes its defaults from the one schema and writes none again:
 * `const { text, limit } = withDefaults(recordsCalls['records.find'], input)`. Nothing is validated (the boundary
 * did, for the screens); the engine's own extra fields pass through untouched.
 */
export function withDefaults<I extends z.ZodObject, T extends z.input<I>>(c: Call<I, z.ZodType>, input: T): Omit<T, keyof Defaulted<I['shape']>> & Defaulted<I['shape']> {
  const filled: Record<string, unknown> = { ...input };
  for (const [key, field] of defaultedOf(c.input)) if (filled[key] === undefined) filled[key] = field.parse(undefined);
  return filled as Omit<T, keyof Defaulted<I['shape']>> & Defaulted<I['shape']>;
}

/**
 * `api` (an object of areas, `api.area.method`) with the method of every call in `calls` whose input has defaults
 * filling them in from the call's schema before it runs, whoever calls it: the IPC boundary's parse already did,
 * the command line and the engine's own callers had to remember `withDefaults` in each method (`retired.unmatched`
 * had not, and gave every row instead of 500). A call the api has no method for (a shell's own) is left alone.
 */
export function withCallDefaults<A extends object>(api: A, calls: Record<string, Call<z.ZodType, z.ZodType>>): A {
  for (const [name, c] of Object.entries(calls)) {
    if (!(c.input instanceof z.ZodObject) || defaultedOf(c.input).length === 0) continue;
    const [area, method] = name.split('.') as [string, string];
    const group = (api as Record<string, Record<string, unknown> | undefined>)[area];
    const answer = group?.[method];
    if (!group || typeof answer !== 'function') continue;
    const defaulted = c as Call<z.ZodObject, z.ZodType>;
    group[method] = (input: Record<string, unknown> | undefined, ...rest: unknown[]): unknown =>
      (answer as (...args: unknown[]) => unknown).call(group, withDefaults(defaulted, input ?? {}), ...rest);
  }
  return api;
}
