/**
 * Which station record a dossier is about. Every readable key on paper proposes candidates through the lookup
 * index; each candidate is then weighed on all keys together. The vehicle is what is identified: its chassis
 * or engine number must agree (exactly, or within one OCR confusion or one slip), because since 2023 a plate
 * follows its owner to the next vehicle and an owner may have several. Only when neither serial could be read
 * on paper may plate and citizen ID together link, with a low confidence the officer sees. A near-twin
 * (chassis one character off, another plate and engine) scores below the true record, and when two
 * candidates are too close to call the dossier goes to the officer with both.
 */
import { explainMatch } from '../lookup/explain';
import { reasonsText, type LinkReason } from '../lookup/reason';
import { verdictSaid as verdict } from '../domain/link-said';
import type { LinkVerdictCode } from '../domain/link';
import { searchKey } from '../lookup/fold';
import type { StationRecord } from '../records/record';
import type { FusedFields } from '../domain/field-reading';
import { editDistance } from '../text/edit-distance';
import { sameValue } from './compare';

export type LinkKey = 'chassis' | 'engine' | 'plate' | 'owner_id';
const KEYS: readonly LinkKey[] = ['chassis', 'engine', 'plate', 'owner_id'];

/** Points for an exact agreement, a near one (one confusion or one slip), and a contradiction, per key. */
const WEIGHTS: Record<LinkKey, { exact: number; near: number; differ: number }> = {
  chassis: { exact: 3, near: 2, differ: -2 },
  engine: { exact: 3, near: 2, differ: -2 },
  plate: { exact: 1, near: 0.5, differ: -0.5 },
  owner_id: { exact: 1, near: 0.5, differ: -0.5 },
};
const NAME_WEIGHT = 0.5;
/** The review threshold: a value read with less confidence is asked of the officer, and may be a misread. */
const SURE_READ = 0.9;
/** Below this a candidate is no link at all; within MARGIN of the runner-up it is a tie for the officer. */
const MIN_SCORE = 2;
const MARGIN = 1.5;

export interface FoundRecord {
  record_id: string;
  field: string;
  record: StationRecord;
}

export interface LinkCandidate {
  record_id: string;
  score: number;
  why: string;
  /** `why` as codes with parameters, for the UI's catalogues. */
  reasons: LinkReason[];
}

/** The verdict's reason as a code (domain/link.ts): linked (with the winner's reasons), no candidate, no vehicle match, a tie. */
export type { LinkVerdictCode };

export interface LinkVerdict {
  record: StationRecord | null;
  confidence: number;
  reason: string;
  reason_code: LinkVerdictCode;
  candidates: LinkCandidate[];
}

const LABEL: Record<LinkKey, string> = { chassis: 'chassis', engine: 'engine', plate: 'plate', owner_id: 'citizen ID' };

/** Weighs one record against the paper: a score and the plain words behind it. */
export function weighCandidate(scan: FusedFields, record: StationRecord): { score: number; vehicle: boolean; why: string; reasons: LinkReason[] } {
  let score = 0;
  let vehicle = false;
  const said: LinkReason[] = [];
  for (const key of KEYS) {
    const paper = scan[key]?.value;
    const stored = record[key];
    if (!paper || !stored) continue;
    const w = WEIGHTS[key];
    if (sameValue(key, paper, stored)) {
      score += w.exact;
      vehicle ||= key === 'chassis' || key === 'engine';
      said.push({ code: 'link.matches', field: LABEL[key] });
      continue;
    }
    const near = explainMatch(LABEL[key], searchKey(paper), searchKey(stored));
    if (near) {
      score += w.near * near.score;
      vehicle ||= key === 'chassis' || key === 'engine';
      said.push(near.reason);
    } else {
      // A serial two characters off (a character lost and one gained as the read slipped) is as likely a misread
      // as another vehicle's: it neither vouches for the record nor counts against it. Another vehicle's serial
      // differs in far more places.
      const misreadLike = (key === 'chassis' || key === 'engine') && editDistance(searchKey(paper), searchKey(stored)) <= 2;
      // A value read below the review threshold may itself be the misread: its contradiction counts half.
      if (!misreadLike) score += w.differ * ((scan[key]?.confidence ?? 1) < SURE_READ ? 0.5 : 1);
      said.push({ code: 'link.differs', field: LABEL[key] });
    }
  }
  const name = scan.owner_name?.value;
  if (name && record.owner_name && sameValue('owner_name', name, record.owner_name)) {
    score += NAME_WEIGHT;
    said.push({ code: 'link.owner-name' });
  }
  return { score: Math.round(score * 100) / 100, vehicle, why: reasonsText(said), reasons: said };
}

/** Links a dossier's fused fields to one record or to none, with a confidence and the candidates weighed. */
export function linkDossier(scan: FusedFields, find: (text: string, field: LinkKey) => FoundRecord[]): LinkVerdict {
  const pool = new Map<string, StationRecord>();
  for (const key of KEYS) {
    const value = scan[key]?.value;
    if (!value) continue;
    for (const hit of find(value, key)) if (hit.field === key) pool.set(hit.record_id, hit.record);
  }
  const serialsOnPaper = Boolean(scan.chassis?.value || scan.engine?.value);
  const weighed = [...pool.values()]
    .map((record) => ({ record, ...weighCandidate(scan, record) }))
    // Without either serial on paper, plate and citizen ID must both agree (never the plate alone).
    .filter((c) => c.vehicle || (!serialsOnPaper && agrees(scan, c.record, 'plate') && agrees(scan, c.record, 'owner_id')))
    .sort((a, b) => b.score - a.score || a.record.record_id.localeCompare(b.record.record_id));
  const candidates = weighed.slice(0, 5).map((c) => ({ record_id: c.record.record_id, score: c.score, why: c.why, reasons: c.reasons }));
  const [best, second] = weighed;
  if (!best || best.score < MIN_SCORE) {
    const code: LinkVerdictCode = pool.size === 0 ? { code: 'link.none' } : { code: 'link.no-vehicle' };
    return { record: null, confidence: 0, ...verdict(code), candidates };
  }
  const margin = best.score - Math.max(0, second?.score ?? 0);
  if (second && margin < MARGIN) {
    const count = weighed.filter((c) => best.score - c.score < MARGIN).length;
    return { record: null, confidence: 0, ...verdict({ code: 'link.tie', count }), candidates };
  }
  const confidence = Math.min(0.99, 1 - Math.exp(-margin / 2.5)) * (best.vehicle ? 1 : 0.6);
  return {
    record: best.record,
    confidence: Math.round(confidence * 100) / 100,
    ...verdict({ code: 'link.linked', record_id: best.record.record_id, reasons: best.reasons }),
    candidates,
  };
}

function agrees(scan: FusedFields, record: StationRecord, key: LinkKey): boolean {
  const paper = scan[key]?.value;
  const stored = record[key];
  return Boolean(paper && stored && sameValue(key, paper, stored));
}
