// `npm run bench:review:accuracy [-- --count N --workers W]`: scanned corpus dossiers (noise, skew, seals,
// handwriting) against station records with injected discrepancies and near-twin decoys; prints link accuracy,
// flag recall on the injected differences and flag precision (a flag is right when the record really differs
// from the paper there).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDossier } from '../corpus/dossier';
import { INJECTIONS, recordsCsv, stationRecordsFor, type InjectedCase } from '../corpus/discrepancies';
import { pagesToPdf } from '../corpus/generate';
import { generateCorpusRecord, type CorpusRecord } from '../corpus/records';
import { createEngine } from '../../main/engine/engine';
import { sameValue } from '../../main/engine/review/compare';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => Number(args[args.indexOf(`--${name}`) + 1] ?? NaN) || fallback;
const count = arg('count', INJECTIONS.length * 3);
const workers = arg('workers', 2);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-review-bench-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const truths = Array.from({ length: count }, (_, i) => generateCorpusRecord(9000 + i));
  const { records, cases } = stationRecordsFor(truths, 9);
  const others = Array.from({ length: 5000 }, (_, i) => generateCorpusRecord(50_000 + i));
  writeFileSync(join(dir, 'records.csv'), recordsCsv([...records, ...others]));
  const byFile = new Map<string, InjectedCase & { truth: CorpusRecord }>();
  for (const [i, truth] of truths.entries()) {
    const d = await generateDossier(9000 + i, { record: truth });
    const file = join(inbox, `dossier-${String(i).padStart(4, '0')}.pdf`);
    writeFileSync(file, await pagesToPdf(d.pages, 'jpeg'));
    byFile.set(file, { ...cases[i]!, truth });
  }
  const engine = await createEngine({ dbPath: join(dir, 'station.db'), ocrWorkers: workers });
  await engine.records.import({ files: [join(dir, 'records.csv')] });
  const t = Date.now();
  const report = await engine.scan.import({ paths: [inbox] });
  console.log(`${count} dossiers (${report.pages} pages; injections ${INJECTIONS.join(', ')}; 5,000 other records) read and reviewed in ${((Date.now() - t) / 1000).toFixed(0)} s`);

  let linked = 0;
  let injected = 0;
  let caught = 0;
  let flags = 0;
  let rightFlags = 0;
  let claims = 0;
  let rightClaims = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  const found: string[] = [];
  for (const d of engine.dossiers.all()) {
    const c = byFile.get(d.source[0]!)!;
    if (d.record_id === c.record_id) linked++;
    else misses.push(`${d.id} (${c.injection}): linked to ${d.record_id ?? 'none'}, should be ${c.record_id ?? 'none'}`);
    const rec = c.record_id ? records.find((r) => r.record_id === c.record_id)! : null;
    for (const field of c.differs) {
      injected++;
      if (d.flags.some((f) => f.field === field)) caught++;
      else misses.push(`${d.id} (${c.injection}): ${field} difference not flagged`);
    }
    for (const f of d.flags) {
      flags++;
      const truthValue = c.truth[f.field as keyof CorpusRecord];
      const recordValue = rec?.[f.field as keyof CorpusRecord];
      // Right: the link flag of a dossier without a record; a field where the record differs from the paper; or an
      // "unreadable" flag (which claims no difference) where the reading is indeed not what the paper says.
      const right =
        (f.field === 'record' && f.kind === 'unmatched' && c.record_id === null) ||
        (truthValue !== undefined && recordValue !== undefined && (!recordValue ? true : !sameValue(f.field as never, truthValue, recordValue))) ||
        (f.kind === 'unreadable' && truthValue !== undefined && (f.scan_value === null || !sameValue(f.field as never, truthValue, f.scan_value)));
      const confidence = d.fields[f.field]?.confidence;
      const line = `${d.id} ${f.field} ${f.kind} (${f.hint ?? 'no hint'}, read at ${confidence === undefined ? '—' : confidence.toFixed(2)}): paper says “${truthValue ?? '?'}”, read “${f.scan_value ?? '—'}”, record “${f.record_value ?? '—'}”`;
      if (right) rightFlags++;
      if (f.kind !== 'unreadable') {
        claims++;
        if (right) rightClaims++;
      }
      (right ? found : wrong).push(line);
    }
  }
  await engine.close();
  const pct = (a: number, b: number): string => `${b === 0 ? 100 : ((100 * a) / b).toFixed(1)}%`;
  console.log(`link accuracy   ${pct(linked, count)} (${linked}/${count})`);
  console.log(`flag recall     ${pct(caught, injected)} (${caught}/${injected} injected differences flagged)`);
  console.log(`flag precision  ${pct(rightFlags, flags)} (${rightFlags}/${flags} flags true: the record differs from the paper, or "unreadable" where the reading is wrong)`);
  console.log(`  differences claimed (every kind but "unreadable"): ${pct(rightClaims, claims)} true (${rightClaims}/${claims}); unreadable flags: ${flags - claims}`);
  for (const m of misses) console.log(`  miss: ${m}`);
  for (const w of wrong) console.log(`  false flag: ${w}`);
  if (args.includes('--verbose')) for (const f of found) console.log(`  right flag: ${f}`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
