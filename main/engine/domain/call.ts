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
 * with a default may be left out; the engine applies the same default). The contract validates against the same
 * schema, so the input is written once: `find(input: InputOf<RecordsCalls, 'records.find'>)`.
 */
export type InputOf<Calls extends Record<string, Call<z.ZodType, z.ZodType>>, K extends keyof Calls> = z.input<Calls[K]['input']>;
