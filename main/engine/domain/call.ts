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
