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
