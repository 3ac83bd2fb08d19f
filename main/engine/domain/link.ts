/**
 * How a dossier finds its station record, as it crosses the engine's API and the contract: why a key of the paper
 * (or of a search) matches a record, as a code with parameters, the candidates weighed and the link's verdict. Zod
 * schemas, their types inferred; the engine (lookup/reason.ts, review/link-dossier.ts, review/review-view.ts) and the
 * contract (review.calls.ts) both take them from here. Positions are 0-based, shown 1-based.
 */
import { z } from 'zod';

/** A character read as its look-alike: `read` on paper (or in the search text), `as` in the record. */
export const Confusion = z.object({ read: z.string(), as: z.string(), at: z.number().int() });
export type Confusion = z.infer<typeof Confusion>;

/** The one slip between search text and record. */
export const EditDetail = z.discriminatedUnion('op', [
  z.object({ op: z.literal('substitute'), at: z.number().int(), search: z.string(), record: z.string() }),
  z.object({ op: z.literal('transpose'), at: z.number().int(), first: z.string(), second: z.string() }),
  z.object({ op: z.literal('extra'), at: z.number().int(), search: z.string() }),
  z.object({ op: z.literal('missing'), at: z.number().int(), record: z.string() }),
]);
export type EditDetail = z.infer<typeof EditDetail>;

/**
 * Why a key matches a record: exactly, through look-alikes, or with one slip (a search's answer), or, weighing a
 * link candidate, a key that agrees or contradicts outright. The UI renders the code from its Vietnamese and
 * English catalogues; `why` is the English sentence the command line prints.
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
/** A key's match alone, as a search answers it. */
export type MatchReason = Extract<LinkReason, { code: 'match.exact' | 'match.confusion' | 'match.edit' }>;

/**
 * The link's outcome as a code: linked (with the winner's reasons), no record, no vehicle match, a tie, or by hand;
 * for a licence card, no licence record fits, the station has none, or a tie among licences.
 */
export const LinkVerdictCode = z.discriminatedUnion('code', [
  z.object({ code: z.literal('link.linked'), record_id: z.string(), reasons: z.array(LinkReason) }),
  z.object({ code: z.literal('link.none') }),
  z.object({ code: z.literal('link.no-vehicle') }),
  z.object({ code: z.literal('link.tie'), count: z.number().int() }),
  z.object({ code: z.literal('link.manual'), record_id: z.string(), user: z.string() }),
  z.object({ code: z.literal('link.no-licence') }),
  z.object({ code: z.literal('link.no-licences') }),
  z.object({ code: z.literal('link.licence-tie'), count: z.number().int() }),
]);
export type LinkVerdictCode = z.infer<typeof LinkVerdictCode>;

/** A ranked record the dossier could belong to, with the reasons in plain words and as codes (absent in old links). */
export const LinkCandidate = z.object({ record_id: z.string(), score: z.number(), why: z.string(), reasons: z.array(LinkReason).optional() });
export type LinkCandidate = z.infer<typeof LinkCandidate>;

/** How the dossier was linked: confidence 0–1, a plain reason (and its code, absent in old links), the candidates weighed. */
export const LinkInfo = z.object({ confidence: z.number(), reason: z.string(), reason_code: LinkVerdictCode.optional(), candidates: z.array(LinkCandidate) });
export type LinkInfo = z.infer<typeof LinkInfo>;
