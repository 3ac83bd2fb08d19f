/** Why a key matched a record, as a code with parameters (shared by search and link answers). */
import { z } from 'zod';

const Confusion = z.object({ read: z.string(), as: z.string(), at: z.number().int() });
const EditDetail = z.discriminatedUnion('op', [
  z.object({ op: z.literal('substitute'), at: z.number().int(), search: z.string(), record: z.string() }),
  z.object({ op: z.literal('transpose'), at: z.number().int(), first: z.string(), second: z.string() }),
  z.object({ op: z.literal('extra'), at: z.number().int(), search: z.string() }),
  z.object({ op: z.literal('missing'), at: z.number().int(), record: z.string() }),
]);

/**
 * Why a key of the paper matches a record, as a code with parameters (positions 0-based): the UI renders it from
 * its Vietnamese and English catalogues; `why` is the English sentence the command line prints.
 */
export const LinkReason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('match.exact'), field: z.string() }),
  z.object({ code: z.literal('match.confusion'), field: z.string(), confusions: z.array(Confusion) }),
  z.object({ code: z.literal('match.edit'), field: z.string(), edit: EditDetail, confusions: z.array(Confusion) }),
  z.object({ code: z.literal('link.matches'), field: z.string() }),
  z.object({ code: z.literal('link.differs'), field: z.string() }),
  z.object({ code: z.literal('link.owner-name') }),
]);
export type LinkReason = z.infer<typeof LinkReason>;

