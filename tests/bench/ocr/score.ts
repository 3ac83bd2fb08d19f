/** Scores one family × split: per-field exact accuracy (ours and stock), linking, flags, confidence buckets. */
import type { DossierView } from '../../../main/engine/engine.types';
import type { TruthField } from '../../corpus/form-page';
import type { BenchDossier } from './corpus';
import { FIELDS, sameAs } from './compare';
import type { StationCase } from './station';
import { STOCK_FIELDS } from './stock';

export interface Tally { right: number; of: number }
export const tally = (): Tally => ({ right: 0, of: 0 });
const add = (t: Tally, right: boolean): void => { t.of++; if (right) t.right++; };

export interface GroupScore {
  family: string;
  split: string;
  dossiers: number;
  pages: number;
  seconds: number;
  stockSeconds: number | null;
  fields: Record<string, Tally>;
  stock: Record<string, Tally>;
  linked: Tally;
  recall: Tally;
  precision: Tally;
  /** Reported values by confidence bucket: how many and how many right. */
  confidence: Record<'high' | 'mid' | 'low' | 'none', Tally>;
  missing: string[];
  /** Values reported for fields the dossier does not print (from a non-form page, or made up). */
  invented: number;
  /** Per dossier, for --json: what the paper says, what we and the stock read. */
  details: unknown[];
}

export function newGroup(family: string, split: string): GroupScore {
  return {
    family, split, dossiers: 0, pages: 0, seconds: 0, stockSeconds: null,
    fields: Object.fromEntries(FIELDS.map((f) => [f, tally()])), stock: Object.fromEntries(STOCK_FIELDS.map((f) => [f, tally()])),
    linked: tally(), recall: tally(), precision: tally(), confidence: { high: tally(), mid: tally(), low: tally(), none: tally() }, missing: [], invented: 0, details: [],
  };
}

/** Adds one dossier's outcome: `view` is what the engine made of it (undefined: the import made no dossier). */
export function scoreDossier(g: GroupScore, d: BenchDossier, c: StationCase, view: DossierView | undefined, stock: Partial<Record<TruthField, string>> | null): void {
  g.dossiers++;
  if (!view) g.missing.push(`${d.family}/${d.split} seed ${d.seed}: no dossier`);
  for (const f of FIELDS) {
    if (!d.onPaper.includes(f)) {
      if (view?.fields[f]?.value) g.invented++;
      continue;
    }
    const got = view?.fields[f] ?? null;
    const right = sameAs(f, got?.value, d.truth[f]);
    add(g.fields[f]!, right);
    const conf = got?.confidence;
    add(g.confidence[!got || got.value === '' ? 'none' : conf === undefined ? 'low' : conf >= 0.9 ? 'high' : conf >= 0.7 ? 'mid' : 'low'], right);
  }
  if (stock) for (const f of STOCK_FIELDS) if (d.onPaper.includes(f)) add(g.stock[f]!, sameAs(f, stock[f], d.truth[f]));
  add(g.linked, (view?.record_id ?? null) === (c.record?.record_id ?? null));
  const flags = view?.flags ?? [];
  for (const f of c.differs) add(g.recall, flags.some((x) => x.field === f));
  for (const x of flags) {
    const field = x.field as TruthField;
    // Right: the record really differs from the paper there; "unmatched" for a dossier with no record; "missing on
    // scan" for a field the paper does not print; or "unreadable" where the reading is indeed wrong.
    const right = c.differs.includes(field) || (x.field === 'record' && x.kind === 'unmatched' && c.record === null) ||
      (x.kind === 'missing_on_scan' && FIELDS.includes(field) && !d.onPaper.includes(field)) || (x.kind === 'unreadable' && FIELDS.includes(field) && !sameAs(field, view?.fields[field]?.value, d.truth[field]));
    add(g.precision, right);
  }
  g.details.push({
    seed: d.seed, file: d.file, record_id: c.record?.record_id ?? null, linked_to: view?.record_id ?? null, differs: c.differs,
    fields: Object.fromEntries(FIELDS.filter((f) => d.onPaper.includes(f)).map((f) => [f, { paper: d.truth[f], ours: view?.fields[f]?.value ?? null, confidence: view?.fields[f]?.confidence ?? null, stock: stock?.[f] ?? null }])),
    flags: flags.map((x) => `${x.field} ${x.kind}`),
  });
}

export function mergeGroups(name: string, split: string, groups: GroupScore[]): GroupScore {
  const m = newGroup(name, split);
  for (const g of groups) {
    m.dossiers += g.dossiers;
    m.pages += g.pages;
    m.seconds += g.seconds;
    m.stockSeconds = g.stockSeconds === null ? m.stockSeconds : (m.stockSeconds ?? 0) + g.stockSeconds;
    const sum = (a: Tally, b: Tally): void => { a.right += b.right; a.of += b.of; };
    for (const f of FIELDS) sum(m.fields[f]!, g.fields[f]!);
    for (const f of STOCK_FIELDS) sum(m.stock[f]!, g.stock[f]!);
    for (const k of ['linked', 'recall', 'precision'] as const) sum(m[k], g[k]);
    for (const k of ['high', 'mid', 'low', 'none'] as const) sum(m.confidence[k], g.confidence[k]);
    m.missing.push(...g.missing);
    m.invented += g.invented;
    m.details.push(...g.details);
  }
  return m;
}
