/**
 * How a generated licence card looks, per split. `heldout-seen` draws faces, wordings, date styles, layouts
 * and tints the dev split never shows, but its misreads were looked at while the reader was tuned, so it is
 * no longer held out. `heldout` draws faces (Lora, Be Vietnam Pro), an upper-case wording, sizes and tints
 * that neither of the others shows and that no tuning has seen: its figure says how the reading does on cards
 * it was never tuned on (nothing in main/ may be adjusted by looking at its pages or misreads). `heldout-typed`
 * (added after that tuning, never looked at either) types every label and value in a monospace face (Cousine,
 * as a typewriter filled the old paper licences), in every wording, on its own tints and photo conditions.
 */
import type { Rng } from '../rng';

export type LicenceSplit = 'dev' | 'heldout-seen' | 'heldout' | 'heldout-typed';
export const LICENCE_SPLITS: readonly LicenceSplit[] = ['dev', 'heldout-seen', 'heldout', 'heldout-typed'];

export interface CardStyle {
  labelFace: string;
  valueFace: string;
  valueBold: boolean;
  /** Card tint (paper licences are pink; PET cards pale with a coloured pattern). */
  tint: string;
  pattern: string;
  /** How the labels are worded. */
  wording: 'vi' | 'bilingual' | 'long' | 'upper';
  /** How dates print: 12/03/1985, 12-03-1985, 12.03.1985. */
  dateSep: '/' | '-' | '.';
  /** The issue date: a dated signature line ("Hà Nội, ngày … tháng … năm …") or a labelled field. */
  issued: 'signed' | 'labelled';
  /** Values right of their label on the same line, or on the line under it. */
  layout: 'inline' | 'under';
  /** Point sizes of labels and values. */
  labelPt: number;
  valuePt: number;
}

const DEV = {
  label: ['Tinos', 'DejaVu Serif', 'Arimo'],
  value: ['Arimo', 'DejaVu Sans', 'Tinos'],
  paperTint: ['#f6d9df', '#f3cfd8', '#f8e1e4'],
  petTint: ['#fbf3e4', '#f1f0ea'],
  pattern: ['#e9b8c4', '#d9c7a0'],
  wording: ['vi', 'bilingual'] as const,
  dateSep: ['/'] as const,
  issued: ['signed', 'labelled'] as const,
  layout: ['inline'] as const,
};
const SEEN = {
  label: ['Noto Serif', 'Roboto'],
  value: ['Roboto', 'Roboto Mono', 'Noto Serif'],
  paperTint: ['#efd0d6', '#f9e6ea', '#ecc6cf'],
  petTint: ['#eef3f8', '#f6f1e9', '#eaf2ea'],
  pattern: ['#b9cbe0', '#c8d9b8', '#e3c3a8'],
  wording: ['bilingual', 'long'] as const,
  dateSep: ['/', '-', '.'] as const,
  issued: ['signed', 'labelled'] as const,
  layout: ['inline', 'under'] as const,
};

const HELDOUT = {
  label: ['Lora', 'Be Vietnam Pro'],
  value: ['Be Vietnam Pro', 'Lora'],
  paperTint: ['#f4d4e0', '#fbe9ee', '#eed8d2'],
  petTint: ['#f2f6ee', '#f8f2f6', '#e9eef6'],
  pattern: ['#a9c7d6', '#d6b3c9', '#c9c39a'],
  wording: ['upper', 'vi', 'long'] as const,
  dateSep: ['/', '.'] as const,
  issued: ['signed', 'labelled'] as const,
  layout: ['inline', 'under'] as const,
};
const TYPED = {
  label: ['Cousine'],
  value: ['Cousine'],
  paperTint: ['#f1dcd8', '#f7e4ea'],
  petTint: ['#eef0f4', '#f5f3ea'],
  pattern: ['#b8b0d8', '#cbbf9e'],
  wording: ['vi', 'bilingual', 'long', 'upper'] as const,
  dateSep: ['/', '-', '.'] as const,
  issued: ['signed', 'labelled'] as const,
  layout: ['inline', 'under'] as const,
};
const STYLES = { dev: DEV, 'heldout-seen': SEEN, heldout: HELDOUT, 'heldout-typed': TYPED } as const;
/** Point sizes (labels, values) per split; the new held-out prints a little smaller and a little larger. */
const SIZES: Record<LicenceSplit, [number, number, number, number]> = {
  dev: [4.8, 5.6, 6.4, 7.4], 'heldout-seen': [4.8, 5.6, 6.4, 7.4], heldout: [4.5, 5.9, 6.1, 7.8], 'heldout-typed': [4.6, 5.6, 6.0, 7.2],
};

/** One card's look for `split` (a paper licence or a PET card). */
export function cardStyle(r: Rng, split: LicenceSplit, paper: boolean): CardStyle {
  const s = STYLES[split];
  const [l0, l1, v0, v1] = SIZES[split];
  const small = paper ? 1.25 : 1;
  return {
    labelFace: r.pick(s.label),
    valueFace: r.pick(s.value),
    valueBold: r.chance(0.6),
    tint: r.pick(paper ? s.paperTint : s.petTint),
    pattern: r.pick(s.pattern),
    wording: r.pick(s.wording),
    dateSep: r.pick(s.dateSep),
    issued: r.pick(s.issued),
    layout: paper ? 'inline' : r.pick(s.layout),
    labelPt: Number((r.range(l0, l1) * small).toFixed(1)),
    valuePt: Number((r.range(v0, v1) * small).toFixed(1)),
  };
}
