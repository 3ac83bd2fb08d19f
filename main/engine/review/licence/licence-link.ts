/**
 * Which licence record a scanned licence card is. The licence number read on the card proposes candidates
 * through the OCR-tolerant licence lookup (one confusion or one slip); without a readable number, the holder's
 * name and birth date do. Each candidate is then weighed on number, name and birth date together, and two
 * candidates too close to call go to the officer with both.
 */
import type { LicenceFusedFields } from '../../extraction/licence/licence-fuse';
import type { LicenceView } from '../../domain/licence';
import type { LicenceCandidate } from '../../licences/licence-finder';
import { reasonsText, type LinkReason } from '../../lookup/reason';
import { verdictSaid } from '../../domain/link-said';
import type { LinkCandidate, LinkVerdictCode } from '../link-dossier';
import { sameLicenceValue } from './licence-compare';

/** How a licence dossier finds licence records (engine.licences.find / findHolder). */
export interface LicenceLookup {
  find(text: string, limit?: number): LicenceCandidate[];
  findHolder(name: string, birthDate?: string | null): LicenceCandidate[];
  show(licenceNo: string): LicenceView | null;
}

export interface LicenceVerdict {
  licence: LicenceView | null;
  confidence: number;
  reason: string;
  reason_code: LinkVerdictCode;
  candidates: LinkCandidate[];
}

/** Points per agreement: the number identifies the licence; name and birth date confirm the holder. */
const NUMBER = { exact: 3, near: 2, differ: -2 };
const HOLDER = { agree: 1, differ: -0.5 };
/** Below this a candidate is no link (name and birth date alone reach 2); within MARGIN of the next a tie. */
const MIN_SCORE = 2;
const MARGIN = 1;

export function linkLicence(scan: LicenceFusedFields, lookup: LicenceLookup): LicenceVerdict {
  const number = scan.licence_no?.value ?? null;
  const name = scan.full_name?.value ?? null;
  const birth = scan.birth_date?.value ?? null;
  const pool = new Map<string, LicenceCandidate>();
  if (number) for (const c of lookup.find(number, 10)) if (c.field === 'licence_no') pool.set(c.licence_no, c);
  if (name && birth) for (const c of lookup.findHolder(name, birth)) if (!pool.has(c.licence_no)) pool.set(c.licence_no, c);
  const weighed = [...pool.values()].map((c) => weigh(scan, c)).sort((a, b) => b.score - a.score || a.c.licence_no.localeCompare(b.c.licence_no));
  const candidates: LinkCandidate[] = weighed.slice(0, 5).map((w) => ({ record_id: w.c.licence_no, score: w.score, why: w.why, reasons: w.reasons }));
  const [best, second] = weighed;
  if (!best || best.score < MIN_SCORE) {
    return { licence: null, confidence: 0, ...verdictSaid({ code: 'link.no-licence' }, 'licence'), candidates };
  }
  const margin = best.score - Math.max(0, second?.score ?? 0);
  if (second && margin < MARGIN) {
    const count = weighed.filter((w) => best.score - w.score < MARGIN).length;
    return { licence: null, confidence: 0, ...verdictSaid({ code: 'link.licence-tie', count }, 'licence'), candidates };
  }
  // Without the number agreeing, name and birth date identify a holder, not a licence: a lower confidence.
  const confidence = Math.min(0.99, 1 - Math.exp(-margin / 2)) * (best.byNumber ? 1 : 0.6);
  return {
    licence: best.c.licence,
    confidence: Math.round(confidence * 100) / 100,
    ...verdictSaid({ code: 'link.linked', record_id: best.c.licence_no, reasons: best.reasons }, 'licence'),
    candidates,
  };
}

function weigh(scan: LicenceFusedFields, c: LicenceCandidate): { c: LicenceCandidate; score: number; byNumber: boolean; why: string; reasons: LinkReason[] } {
  let score = 0;
  let byNumber = false;
  const reasons: LinkReason[] = [];
  const number = scan.licence_no?.value;
  if (number) {
    if (sameLicenceValue('licence_no', number, c.licence_no)) {
      score += NUMBER.exact;
      byNumber = true;
      reasons.push({ code: 'link.matches', field: 'licence number' });
    } else if (c.field === 'licence_no' && c.reason.code !== 'licence.holder') {
      score += NUMBER.near * c.score;
      byNumber = true;
      reasons.push(c.reason);
    } else {
      score += NUMBER.differ;
      reasons.push({ code: 'link.differs', field: 'licence number' });
    }
  }
  const LABEL = { full_name: 'holder name', birth_date: 'birth date' } as const;
  for (const field of ['full_name', 'birth_date'] as const) {
    const paper = scan[field]?.value;
    const stored = c.licence[field];
    if (!paper || !stored) continue;
    const agree = sameLicenceValue(field, paper, stored);
    score += agree ? HOLDER.agree : HOLDER.differ;
    reasons.push({ code: agree ? 'link.matches' : 'link.differs', field: LABEL[field] });
  }
  return { c, score: Math.round(score * 100) / 100, byNumber, why: reasonsText(reasons), reasons };
}
