/**
 * The station's records for a benchmark run: every dossier's record, a share of them differing from the paper
 * by one realistic character (a typed slip in a serial, plate or ID; a wrong tone mark in the owner's name), and
 * distractor records of other vehicles, so linking and flags are measured against a real-sized register.
 */
import { slip } from '../../corpus/discrepancies';
import { generateCorpusRecord, type CorpusRecord } from '../../corpus/records';
import { createRng, type Rng } from '../../corpus/rng';
import type { TruthField } from '../../corpus/form-page';

export const DIFFERABLE: TruthField[] = ['chassis', 'engine', 'plate', 'owner_name', 'owner_id'];
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** One tone mark changed (Hùng → Hưng is two; Hùng → Húng is one), else one letter. */
function toneSlip(r: Rng, name: string): string {
  const d = [...name.normalize('NFD')];
  const marks = d.map((c, i) => (TONES.includes(c) ? i : -1)).filter((i) => i >= 0);
  if (marks.length) {
    const at = r.pick(marks);
    d[at] = r.pick(TONES.filter((t) => t !== d[at]));
    return d.join('').normalize('NFC');
  }
  return name.replace(/n(?=\s|$)/, 'm') === name ? `${name}h` : name.replace(/n(?=\s|$)/, 'm');
}

export interface StationCase {
  /** The station's record for the dossier; null when the dossier has no form (nothing to link). */
  record: CorpusRecord | null;
  /** Fields where the station's record differs from the paper. */
  differs: TruthField[];
}

/** The records for `truths` (one per dossier) with a `share` of them one character off in one field on paper. */
export function stationFor(truths: { record: CorpusRecord; onPaper: TruthField[] }[], seed: number, share = 0.35): StationCase[] {
  const r = createRng(seed).fork('station');
  return truths.map(({ record, onPaper }) => {
    if (onPaper.length === 0) return { record: null, differs: [] };
    if (!r.chance(share)) return { record, differs: [] };
    const field = r.pick(DIFFERABLE.filter((f) => onPaper.includes(f)));
    const changed = { ...record };
    changed[field] = field === 'owner_name' ? toneSlip(r, record[field]) : slip(r, record[field], field === 'plate' ? 3 : 2);
    return { record: changed, differs: [field] };
  });
}

export const distractors = (n: number): CorpusRecord[] => Array.from({ length: n }, (_, i) => generateCorpusRecord(800_000 + i));
