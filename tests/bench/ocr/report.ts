/** Prints the benchmark's tables: per family × split and field, ours beside the stock reference; confidence. */
import { FIELDS } from './compare';
import type { GroupScore, Tally } from './score';
import { STOCK_FIELDS } from './stock';

const pct = (t: Tally): string => (t.of === 0 ? '—' : `${Math.round((100 * t.right) / t.of)}`);
const ppm = (pages: number, s: number | null): string => (s === null || s === 0 ? '—' : ((pages / s) * 60).toFixed(1));
const SHORT: Record<string, string> = { plate: 'plate', chassis: 'chassis', engine: 'engine', owner_id: 'ID', owner_name: 'name', address: 'addr', brand: 'brand', model: 'model', color: 'color', registered_on: 'date' };

export function printTables(groups: GroupScore[], log: (s: string) => void): void {
  log('');
  log('Exact accuracy per dossier, % (ours | stock: native tesseract -l vie + label regexes); only fields printed on the paper count;');
  log('serials and IDs compared without spaces, dots and dashes, text without case (certificates print capitals), diacritics always count.');
  const head = ['family', 'split', 'n', ...FIELDS.map((f) => SHORT[f]!), 'link', 'flagR', 'flagP', 'inv', 'ppm', 'stock ppm', 'ratio'];
  const rows = groups.map((g) => [
    g.family, g.split, String(g.dossiers),
    ...FIELDS.map((f) => (STOCK_FIELDS.includes(f) ? `${pct(g.fields[f]!)}|${pct(g.stock[f]!)}` : pct(g.fields[f]!))),
    pct(g.linked), pct(g.recall), pct(g.precision), String(g.invented), ppm(g.pages, g.seconds), ppm(g.pages, g.stockSeconds),
    g.stockSeconds && g.seconds ? (g.stockSeconds / g.seconds).toFixed(2) : '—',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  log(line(head));
  for (const r of rows) log(line(r));
  log('(link: linked to the right record; flagR: injected differences flagged; flagP: flags that are true; inv: values given for fields the dossier does not print — nonform dossiers have no form at all; ppm: pages/min end to end; ratio: ours ÷ stock pages/min)');
}

export function printConfidence(all: GroupScore, log: (s: string) => void): void {
  log('');
  log('Confidence of reported values (all families and splits):');
  const row = (name: string, t: Tally): string => `  ${name.padEnd(22)} ${String(t.of).padStart(5)} values   ${t.of ? ((100 * t.right) / t.of).toFixed(1).padStart(5) : '    —'}% right`;
  log(row('≥ 0.9', all.confidence.high));
  log(row('≥ 0.7 and < 0.9', all.confidence.mid));
  log(row('< 0.7 (or none given)', all.confidence.low));
  log(row('no value (null)', all.confidence.none));
}
