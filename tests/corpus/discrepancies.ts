/**
 * Station records for a set of scanned dossiers, with discrepancies injected the way they happen at a station
 * (a single-character slip, an OCR-style confusion typed in, a transposition, another vehicle's chassis, a
 * missing engine number, a new owner, no record at all) and near-twin decoys, with the truth a perfect review
 * would find: which record each dossier belongs to and which fields differ.
 */
import type { CorpusRecord } from './records';
import { createRng, type Rng } from './rng';

export type Injection = 'clean' | 'slip' | 'confusion' | 'transposition' | 'other_chassis' | 'missing_engine' | 'new_owner' | 'no_record' | 'twin';

export interface InjectedCase {
  /** The record the paper belongs to (null: the station has none). */
  record_id: string | null;
  injection: Injection;
  /** Fields whose record value differs from the paper. */
  differs: string[];
}

export const INJECTIONS: readonly Injection[] = ['clean', 'slip', 'confusion', 'transposition', 'other_chassis', 'missing_engine', 'new_owner', 'no_record', 'twin'];

const ALNUM = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const CONFUSE: Record<string, string> = { '0': 'D', D: '0', '1': '7', '7': '1', '2': 'Z', Z: '2', '5': 'S', S: '5', '6': 'G', G: '6', '8': 'B', B: '8' };

/** One character of `s` (from position `from`) replaced by a different one that is not an OCR confusion of it. */
export function slip(r: Rng, s: string, from = 0): string {
  const at = r.int(from, s.length - 1);
  const old = s[at]!;
  if (!/[A-Z0-9]/.test(old)) return slip(r, s, from);
  let c = old;
  while (c === old || CONFUSE[old] === c) c = /\d/.test(old) ? String(r.int(0, 9)) : r.pick([...ALNUM]);
  return s.slice(0, at) + c + s.slice(at + 1);
}

export function confusion(r: Rng, s: string): string {
  const positions = [...s].map((c, i) => (CONFUSE[c] ? i : -1)).filter((i) => i >= 3);
  if (positions.length === 0) return slip(r, s, 3);
  const at = r.pick(positions);
  return s.slice(0, at) + CONFUSE[s[at]!]! + s.slice(at + 1);
}

export function transposition(r: Rng, s: string): string {
  for (let tries = 0; tries < 20; tries++) {
    const at = r.int(3, s.length - 2);
    if (s[at] !== s[at + 1] && /[A-Z0-9]/.test(s[at]!) && /[A-Z0-9]/.test(s[at + 1]!)) return s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);
  }
  return slip(r, s, 3);
}

/**
 * The records for `truths` (one per dossier, in order): case i gets injection `INJECTIONS[i % n]` unless
 * `injections` says otherwise; `others` are unrelated records of the same station, used for new owners and
 * replacement chassis numbers. Returns the station's records (decoys included) and each dossier's truth.
 */
export function stationRecordsFor(truths: CorpusRecord[], seed: number, injections: readonly Injection[] = INJECTIONS): { records: CorpusRecord[]; cases: InjectedCase[] } {
  const r = createRng(seed).fork('discrepancies');
  const records: CorpusRecord[] = [];
  const cases: InjectedCase[] = [];
  truths.forEach((truth, i) => {
    const injection = injections[i % injections.length]!;
    const rec: CorpusRecord = { ...truth };
    const differs: string[] = [];
    const field = r.pick(['chassis', 'engine'] as const);
    switch (injection) {
      case 'slip':
        rec[field] = slip(r, truth[field], 3);
        differs.push(field);
        break;
      case 'confusion':
        rec[field] = confusion(r, truth[field]);
        differs.push(field);
        break;
      case 'transposition':
        rec[field] = transposition(r, truth[field]);
        differs.push(field);
        break;
      case 'other_chassis':
        rec.chassis = `${truth.chassis.slice(0, 3)}${[...truth.chassis.slice(3)].map(() => r.pick([...ALNUM.slice(0, 22)]).replace(/[IOQ]/, 'A')).join('')}`;
        differs.push('chassis');
        break;
      case 'missing_engine':
        rec.engine = '';
        differs.push('engine');
        break;
      case 'new_owner':
        rec.owner_name = r.pick(['Trần Văn Bình', 'Lê Thị Mai', 'Phạm Quốc Huy', 'Vũ Thị Lan']);
        rec.owner_id = `0${String(r.int(10, 96))}${r.int(0, 3)}${String(r.int(60, 99))}${String(r.int(0, 999999)).padStart(6, '0')}`;
        differs.push('owner_name', 'owner_id');
        break;
      case 'twin': {
        // Same make and model, chassis one character off, another plate, engine and owner: must not steal the link.
        records.push({ ...truth, record_id: `TW${truth.record_id.slice(2)}`, chassis: slip(r, truth.chassis, 11), plate: slip(r, truth.plate, 4), engine: slip(r, truth.engine, 6), owner_name: 'Đỗ Văn Tuấn', owner_id: '001089123456' });
        break;
      }
      default:
        break;
    }
    if (injection === 'no_record') cases.push({ record_id: null, injection, differs: [] });
    else {
      records.push(rec);
      cases.push({ record_id: rec.record_id, injection, differs });
    }
  });
  return { records, cases };
}

const COLUMNS = ['record_id', 'plate', 'chassis', 'engine', 'owner_name', 'owner_id', 'address', 'brand', 'model', 'color', 'registered_on'] as const;

/** The records as a station's CSV export (UTF-8, English headers). */
export function recordsCsv(records: CorpusRecord[]): string {
  const cell = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [COLUMNS.join(','), ...records.map((rec) => COLUMNS.map((c) => cell(rec[c])).join(','))].join('\n') + '\n';
}
