/** Post-hoc analysis of a probe result: strict vs diacritic-folded, VIN illegal-character fix, all-copies vote.
 *   PROBE_DIR=DIR node --import tsx tests/corpus/ocr-probe/analyze.ts /tmp/probe-results-….json */
import { readFileSync } from 'node:fs';
import { canon, fold, FIELDS, type Field } from './field-reader';
const file = process.argv[2];
const r = JSON.parse(readFileSync(file, 'utf8'));
const truths = JSON.parse(readFileSync(`${process.env.PROBE_DIR ?? '/tmp/probe'}/truth.json`, 'utf8'));
const SERIAL = new Set(['plate', 'chassis', 'engine']);
const vinFix = (s: string): string => s.replace(/[OQ]/g, '0').replace(/I/g, '1');
function norm(f: Field, v: string | undefined, folded: boolean): string | undefined {
  if (!v) return undefined;
  let c = canon(f, v);
  if (f === 'chassis') c = vinFix(c);
  if (f === 'owner_id') c = c.replace(/\D/g, '');
  if (folded) c = fold(c).replace(/\s+/g, ' ');
  return c;
}
const out: Record<string, Record<string, number>> = {};
const add = (f: string, k: string, ok: boolean): void => { (out[f] ??= {})[k] = (out[f][k] ?? 0) + (ok ? 1 : 0); };
for (const t of truths) {
  const pages = [0, 1].map((p) => r.results.find((x: { seed: number; page: number }) => x.seed === t.seed && x.page === p));
  if (!pages[0] || !pages[1]) continue;
  for (const f of FIELDS) {
    for (const folded of [false, true]) {
      if (folded && SERIAL.has(f)) continue;
      const tag = folded ? ' (folded)' : '';
      const want = norm(f, t.truth[f], folded);
      const reads: string[] = [];
      const full0 = norm(f, pages[0].full[f], folded);
      const full1 = norm(f, pages[1].full[f], folded);
      add(f + tag, 'form', full0 === want);
      add(f + tag, 'cert', full1 === want);
      if (full0) reads.push(full0);
      if (full1) reads.push(full1);
      for (const key of [f, `rub_${f}`, `rubneg_${f}`]) {
        for (const p of [0, 1]) {
          const reg = pages[p].region?.[key];
          if (reg) for (const v of Object.values(reg) as string[]) { const n = norm(f, v, folded); if (n) reads.push(n); }
        }
      }
      const counts = new Map<string, number>();
      for (const x of reads) counts.set(x, (counts.get(x) ?? 0) + 1);
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      add(f + tag, 'fused', best === want);
      add(f + tag, 'n', true);
    }
  }
}
console.log(`${r.summary.engine} w${r.summary.workers} ${r.summary.dpi}dpi: ${r.summary.pagesPerMin} p/min wall, ${r.summary.cpuSecondsPerPage} cpu-s/page, peak RSS ${r.summary.rssMB?.peak ?? '-'} MB${r.summary.nativeMaxRssMB ? `, native max RSS ${r.summary.nativeMaxRssMB} MB` : ''}, avg ms ${JSON.stringify(r.summary.avgMs)}`);
for (const [f, s] of Object.entries(out)) console.log(`  ${f.padEnd(24)} form ${s.form}/${s.n}  cert ${s.cert}/${s.n}  fused-all-copies ${s.fused}/${s.n}`);
