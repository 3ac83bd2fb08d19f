// `npm run bench:ocr [-- --count N --family F --split dev|heldout --workers W --json FILE --no-stock]`: dossiers of
// every layout family (tests/corpus/families), dev and held-out splits, through the whole engine (records
// imported first: each dossier's record, a share one character off the paper, plus distractors); prints per
// family × split and field the exact accuracy beside the stock reference (native `tesseract -l vie` + label
// regexes) on the same pages, linking, flag recall and precision, pages/min both ways, peak RSS, and how often
// values are right at each confidence.
// `npm run bench:ocr -- --soak N [--count B]`: memory over N pages (tests/bench/ocr/soak.ts).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createEngine } from '../../main/engine/engine';
import { recordsCsv } from '../corpus/discrepancies';
import { FAMILIES, NON_FORM, SPLITS, familyByName, type Split } from '../corpus/families/index';
import { benchCorpus, type BenchDossier } from './ocr/corpus';
import { distractors, stationFor } from './ocr/station';
import { mergeGroups, newGroup, scoreDossier, type GroupScore } from './ocr/score';
import { printConfidence, printTables } from './ocr/report';
import { stockAvailable, stockFields, stockRead } from './ocr/stock';
import { soakRun } from './ocr/soak';
import { defaultPoolSize } from '../../main/engine/ocr/ocr-worker-pool';
import { relaunchWithTwoArenas } from '../../bin/two-malloc-arenas';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const num = (name: string, fallback: number): number => Number(opt(name) ?? NaN) || fallback;
// As many OCR workers as `sohoa scan import` starts (one per core), unless --workers says otherwise.
const workers = num('workers', defaultPoolSize('every'));
const log = (s: string): void => console.log(s);

async function main(): Promise<void> {
  const soak = num('soak', 0);
  if (soak > 0) return soakRun(soak, args.includes('--count') ? num('count', 10) : 10, workers);
  const count = num('count', 4);
  const families = opt('family') ? [familyByName(opt('family')!).name] : [...FAMILIES, NON_FORM].map((f) => f.name);
  const split = opt('split');
  if (split && !SPLITS.includes(split as Split)) throw new Error('--split must be dev or heldout');
  const splits = split ? [split as Split] : [...SPLITS];
  const corpus = await benchCorpus(families, splits, count, log);

  const dir = mkdtempSync(join(tmpdir(), 'sohoa-ocr-bench-'));
  const cases = stationFor(corpus.map((d) => ({ record: { record_id: d.record_id, ...d.truth }, onPaper: d.onPaper })), 13);
  writeFileSync(join(dir, 'records.csv'), recordsCsv([...cases.flatMap((c) => (c.record ? [c.record] : [])), ...distractors(2000)]));
  const engine = await createEngine({ dbPath: join(dir, 'station.db'), ocrWorkers: workers });
  await engine.records.import({ files: [join(dir, 'records.csv')] });
  log(`station: ${cases.length} dossiers' records (${cases.filter((c) => c.differs.length).length} one character off the paper) + 2,000 distractors; ${workers} OCR workers`);

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 200);
  const groups: GroupScore[] = [];
  let cpuMicros = 0;
  const byFile = new Map<string, { d: BenchDossier; i: number }>();
  const groupsOf = new Map<string, BenchDossier[]>();
  corpus.forEach((d, i) => {
    const key = `${d.family}/${d.split}`;
    groupsOf.set(key, [...(groupsOf.get(key) ?? []), d]);
    byFile.set(d.file, { d, i });
  });
  const stock = stockAvailable() && !args.includes('--no-stock');
  for (const [key, ds] of groupsOf) {
    const g = newGroup(ds[0]!.family, ds[0]!.split);
    const inbox = join(dir, key.replace('/', '-'));
    mkdirSync(inbox);
    const links = ds.map((d) => { const p = join(inbox, basename(d.file)); copyFileSync(d.file, p); return [p, d] as const; });
    const t = Date.now();
    const cpu = process.cpuUsage();
    const report = await engine.scan.import({ paths: [inbox] });
    const used = process.cpuUsage(cpu);
    cpuMicros += used.user + used.system;
    g.seconds = (Date.now() - t) / 1000;
    g.pages = report.pages;
    const views = new Map(engine.dossiers.all().map((v) => [v.source[0], v]));
    for (const [p, d] of links) {
      let read: ReturnType<typeof stockFields> | null = null;
      if (stock) {
        const s = stockRead(d.pageFiles);
        g.stockSeconds = (g.stockSeconds ?? 0) + s.seconds;
        read = stockFields(s.text);
      }
      scoreDossier(g, d, cases[byFile.get(d.file)!.i]!, views.get(p), read);
    }
    log(`  ${key}: ${report.pages} pages in ${g.seconds.toFixed(0)} s${report.errors.length ? `, ${report.errors.length} errors: ${report.errors.map((e) => e.message).join(' / ')}` : ''}`);
    groups.push(g);
  }
  clearInterval(sampler);
  await engine.close();

  const totals = SPLITS.filter((s) => splits.includes(s)).map((s) => mergeGroups('ALL', s, groups.filter((g) => g.split === s)));
  printTables([...groups, ...totals], log);
  const all = mergeGroups('ALL', 'all', groups);
  printConfidence(all, log);
  const ours = all.seconds ? (all.pages / all.seconds) * 60 : 0;
  const theirs = all.stockSeconds ? (all.pages / all.stockSeconds) * 60 : null;
  log('');
  log(`speed: ${all.pages} pages, ours ${ours.toFixed(1)} pages/min end to end (${workers} OCR workers); stock ${theirs === null ? 'not run' : `${theirs.toFixed(1)} pages/min (1 process)`}; ratio ${theirs ? (ours / theirs).toFixed(2) : '—'}`);
  // CPU time (every thread of the process) is what load on the machine does not change much: at 2 s a page, two
  // cores keep up with 60 pages/min.
  const cpuPerPage = all.pages ? cpuMicros / 1e6 / all.pages : 0;
  log(`CPU: ${cpuPerPage.toFixed(2)} s a page (user + system, every thread) = ${cpuPerPage ? ((2 * 60) / cpuPerPage).toFixed(1) : '—'} pages/min on 2 cores if nothing else ran`);
  log(`peak RSS during imports ${(peak / 1024 / 1024).toFixed(0)} MB (process max ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, generation included)`);
  for (const m of all.missing) log(`  missing: ${m}`);
  const json = opt('json');
  if (json) writeFileSync(json, `${JSON.stringify({ count, workers, groups, totals: totals.map(({ details: _d, ...t }) => t), all: { ...all, details: undefined }, pagesPerMin: ours, cpuSecondsPerPage: cpuPerPage, stockPagesPerMin: theirs, peakRssMb: Math.round(peak / 1024 / 1024) }, null, 1)}\n`);
  rmSync(dir, { recursive: true, force: true });
}

// Measured as `sohoa scan import` runs on Linux: with two malloc arenas (bin/two-malloc-arenas.js).
const relaunched = relaunchWithTwoArenas();
if (relaunched) void relaunched.then((code) => { process.exitCode = code; });
else main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
