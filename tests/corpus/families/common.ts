/** Pieces every form family shares: the state header, a page skeleton, value formatting. */
import type { CorpusRecord } from '../records';
import { createRng, type Rng } from '../rng';
import { A4, centre, type Block, type Doc, type Hand, type Look } from './doc';
import { labelFace, leaderStyle, pickHand, upper } from './styles';
import type { Split } from './types';
import type { TruthField } from '../form-page';

export const ALL_FIELDS: TruthField[] = ['plate', 'chassis', 'engine', 'owner_name', 'owner_id', 'address', 'brand', 'model', 'color', 'registered_on'];

export function stateHeader(L: Look): Block[] {
  return [
    centre('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { ...L, size: 50, bold: true }),
    centre('Độc lập - Tự do - Hạnh phúc', { ...L, size: 50, bold: true }),
    { kind: 'rule', width: 640 },
  ];
}

export interface PageBase {
  L: Look;
  hand: Hand;
  doc: (blocks: Block[]) => Doc;
  /** The owner's name as this typist wrote it. */
  name: string;
}

/** Faces, hand, leader and a Doc factory for one A4 page. */
export function pageBase(rec: CorpusRecord, split: Split, rng: Rng, handChance = 0.3): PageBase {
  const L: Look = { family: labelFace(rng, split), size: 48, fill: '#161616' };
  const hand = pickHand(rng, split, handChance);
  const leader = leaderStyle(rng, split);
  const name = !hand.handwritten && rng.chance(0.35) ? upper(rec.owner_name) : rec.owner_name;
  const top = split === 'dev' ? 170 + rng.int(-10, 10) : rng.int(120, 320);
  const margin = split === 'dev' ? 190 : rng.int(150, 260);
  return { L, hand, name, doc: (blocks) => ({ ...A4, margin, top, paper: '#fbfaf6', label: L, hand, leader, lineH: split === 'dev' ? 100 : rng.int(92, 120), border: false, blocks, stampFonts: split === 'dev' ? undefined : ['Roboto Mono', 'Roboto'] }) };
}

export const birthYear = (rec: CorpusRecord): string =>
  rec.owner_id.length === 12 ? `${Number(rec.owner_id[3]) >= 2 ? '20' : '19'}${rec.owner_id.slice(4, 6)}` : '';
export const phone = (rng: Rng): string => `09${rng.int(10000000, 99999999)}`;

/**
 * Dev only: the citizen ID as typists print it — mostly as keyed, sometimes in groups of three split by spaces or
 * dots ("036 065 126 983"), and on CCCD forms sometimes under a wording no label vocabulary holds ("Thẻ căn
 * cước:"), so the reading has to find the ID by its grammar. Its own random stream: the family's other draws stay.
 */
export function devIdCell(seed: number, family: string, id: string, label: string): { label: string; value: string } {
  const r = createRng(seed).fork(`${family}-dev-id`);
  const grouping = r.pick(['', '', '', ' ', '.'] as const);
  const value = grouping ? (id.match(/\d{1,3}/g) ?? [id]).join(grouping) : id;
  return { label: id.length === 12 && r.chance(0.25) ? 'Thẻ căn cước:' : label, value };
}
