/**
 * OCR probe over a generated corpus (see README.md): full-page OCR, prototype field reading, single-line
 * re-OCR of serial regions, timings, CPU and memory.
 *   PROBE_DIR=DIR node --import tsx tests/corpus/ocr-probe/ocr-probe.ts js|native WORKERS DPI [THRESHOLD] [noregion] [legacy]
 * DIR holds s<seed>-p<page>.jpg and truth.json as written by gen-probe-set.ts. Writes /tmp/probe-results-*.json.
 * Quarter turns are undone from the truth (orientation is measured by orientation-probe.ts); skew is estimated.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createOcrPool, type OcrPool } from '../../../main/engine/ocr/ocr-worker-pool';
import { preprocessForOcr, toPgm } from '../../../main/engine/ocr/preprocess';
import { linesFromTsv, type OcrBox } from '../../../main/engine/ocr/ocr-lines';
import { estimateSkew } from '../../../main/engine/ocr/deskew';
import { removeLeaderDots } from '../../../main/engine/ocr/leaders';
import { extract, same, canon as canonFor, cleanSerial, FIELDS, WHITELIST, type Field } from './field-reader';

const DIR = process.env.PROBE_DIR ?? '/tmp/probe';
const [engine, workersArg, dpiArg, ...flags] = process.argv.slice(2);
const workers = Number(workersArg);
const dpi = Number(dpiArg);
const threshold = flags.find((f) => /^\d+$/.test(f));
const doRegions = !flags.includes('noregion');
const variant = flags.includes('legacy') ? 'legacy' : 'best_int';
const LIMIT = Number(process.env.PROBE_LIMIT ?? 1e9);

interface Truth { seed: number; truth: Record<Field, string>; meta: { handwritten: boolean; font: string; pages: { degradation: { rotation: number } }[] } }
const truths: Truth[] = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'probe-'));

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ out: string; err: string }> {
  return new Promise((res, rej) => execFile(cmd, args, { env: { ...process.env, ...env }, maxBuffer: 1 << 26 }, (e, out, err) => (e ? rej(e) : res({ out, err }))));
}

let nativeMaxKb = 0;
let nativeCpuS = 0;
let nativeCrashes = 0;
async function nativeOcr(pgm: Buffer, name: string, psm: string, whitelist: string | undefined, dpiHint: number): Promise<string> {
  const f = join(tmp, `${name}.pgm`);
  writeFileSync(f, pgm);
  const args = ['-f', '%M %U %S', 'tesseract', f, 'stdout', '-l', 'vie+eng', '--psm', psm, '--dpi', String(dpiHint)];
  if (whitelist) args.push('-c', `tessedit_char_whitelist=${whitelist}`);
  args.push('tsv');
  let out = '';
  let err = '';
  try {
    ({ out, err } = await run('/usr/bin/time', args, { OMP_THREAD_LIMIT: '1' }));
  } catch (e) {
    nativeCrashes++; // tesseract 5.3.0 dies with SIGFPE on some degenerate crops
    err = String((e as { stderr?: string }).stderr ?? '');
  }
  const [kb, u, sy] = (err.trim().split('\n').pop() ?? '').split(' ').map(Number);
  if (Number.isFinite(kb) && kb > nativeMaxKb) nativeMaxKb = kb;
  if (Number.isFinite(u + sy)) nativeCpuS += u + sy;
  return out;
}

let pool: OcrPool | null = null;
async function ocrTsv(pgm: Buffer, name: string, psm = '3', whitelist?: string, dpiHint = 300): Promise<string> {
  if (engine === 'native') return nativeOcr(pgm, name, psm, whitelist, dpiHint);
  const params: Record<string, string> = { tessedit_pageseg_mode: psm, user_defined_dpi: String(dpiHint) };
  if (whitelist) params.tessedit_char_whitelist = whitelist;
  const page = await pool!.recognize({ image: pgm, tsv: true, params });
  return page.tsv ?? '';
}

type Variant = 'norm' | 'thr' | 'down';
/** Crop from full-res grey page (300 dpi) and OCR as a single line with a whitelist, in several variants. */
async function regionRead(grey: { data: Buffer; width: number; height: number }, box: OcrBox, field: 'plate' | 'chassis' | 'engine' | 'owner_id', name: string, negate: boolean): Promise<Record<Variant, string>> {
  const padY = (box.y1 - box.y0) * 0.25;
  const left = Math.max(0, Math.round(box.x0 - 12));
  const top = Math.max(0, Math.round(box.y0 - padY));
  const width = Math.min(grey.width - left, Math.round(box.x1 - box.x0 + 24));
  const height = Math.min(grey.height - top, Math.round(box.y1 - box.y0 + 2 * padY));
  const out: Record<Variant, string> = { norm: '', thr: '', down: '' };
  if (width < 20 || height < 10) return out;
  for (const v of ['norm', 'thr', 'down'] as Variant[]) {
    let img = sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } }).extract({ left, top, width, height });
    if (negate) img = sharp(await img.negate().extractChannel(0).raw().toBuffer(), { raw: { width, height, channels: 1 } });
    if (v === 'down') { const d = await img.resize({ width: Math.round(width * 0.67), kernel: 'lanczos3' }).extractChannel(0).raw().toBuffer({ resolveWithObject: true }); img = sharp(d.data, { raw: { width: d.info.width, height: d.info.height, channels: 1 } }); }
    img = img.normalise({ lower: 1, upper: 99 });
    if (v !== 'norm') img = img.threshold(140);
    const { data, info } = await img.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    if (process.env.DEBUG_CROPS) await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).png().toFile(`/tmp/crops/${name}${v}.png`);
    const tsv = await ocrTsv(toPgm(data, info.width, info.height), `${name}${v}`, '7', WHITELIST[field], v === 'down' ? 200 : 300);
    out[v] = cleanSerial(field, linesFromTsv(tsv).flatMap((l) => l.words).map((w) => w.text).join(''));
  }
  return out;
}

/** Find the graphite strip under a rubbing title: rows/cols darker than paper. */
function stripBox(grey: { data: Buffer; width: number; height: number }, title: OcrBox): OcrBox | null {
  const y0 = Math.round(title.y1 + 10);
  const y1 = Math.min(grey.height, y0 + 320);
  const x0 = 150;
  const x1 = grey.width - 150;
  const colDark = new Float32Array(x1 - x0);
  const rowDark = new Float32Array(y1 - y0);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    const d = grey.data[y * grey.width + x] < 170 ? 1 : 0;
    colDark[x - x0] += d;
    rowDark[y - y0] += d;
  }
  const cols = [...colDark].map((v, i) => [v / (y1 - y0), i] as const).filter(([v]) => v > 0.3).map(([, i]) => i + x0);
  const rows = [...rowDark].map((v, i) => [v / (x1 - x0), i] as const).filter(([v]) => v > 0.15).map(([, i]) => i + y0);
  if (cols.length < 50 || rows.length < 30) return null;
  return { x0: cols[0] + 8, x1: cols[cols.length - 1] - 8, y0: rows[0] + 8 + 0.35 * 0, y1: rows[rows.length - 1] - 8 };
}

interface PageResult { seed: number; page: number; prepMs: number; ocrMs: number; regionMs: number; full: Record<string, string>; region: Record<string, Record<Variant, string>> }

async function processPage(t: Truth, p: number): Promise<PageResult> {
  const file = join(DIR, `s${t.seed}-p${p}.jpg`);
  const jpeg = readFileSync(file);
  const t0 = Date.now();
  // Quarter turns from the truth (orientation is probed separately); skew estimated from the ink.
  const skew = process.env.NO_DESKEW ? 0 : (await estimateSkew(jpeg)).correctionDeg;
  const rot = ((360 - t.meta.pages[p].degradation.rotation) % 360) + skew;
  const prep = await preprocessForOcr(jpeg, { rotate: rot || undefined, targetDpi: dpi < 300 ? dpi : undefined, threshold: threshold ? Number(threshold) : undefined, removeLeaders: !process.env.KEEP_LEADERS });
  const t1 = Date.now();
  const lines = linesFromTsv(await ocrTsv(prep.image, `s${t.seed}p${p}`, process.env.PSM ?? '6', undefined, dpi));
  const t2 = Date.now();
  const inv = 1 / prep.scale;
  const W = Math.round(prep.width * inv);
  const { readings, rubbings } = extract(lines.map((l) => ({ ...l, box: sc(l.box, inv), words: l.words.map((w) => ({ ...w, box: sc(w.box, inv) })) })), W);
  const full: Record<string, string> = {};
  const bestDist: Record<string, number> = {};
  const chosen: typeof readings = [];
  for (const r of readings) {
    if (!r.value || (r.field in bestDist && bestDist[r.field] <= r.dist)) continue;
    bestDist[r.field] = r.dist;
    full[r.field] = r.value;
    chosen[FIELDS.indexOf(r.field)] = r;
  }
  const region: PageResult['region'] = {};
  if (doRegions) {
    const g = await sharp(jpeg).rotate(rot || 0, { background: '#ffffff' }).greyscale().toColourspace('b-w').extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    if (g.info.channels !== 1) throw new Error('grey expected');
    if (!process.env.KEEP_LEADERS) removeLeaderDots(g.data, g.info.width, g.info.height);
    const grey = { data: g.data, width: g.info.width, height: g.info.height };
    for (const r of chosen) {
      if (r && (r.field === 'plate' || r.field === 'chassis' || r.field === 'engine' || r.field === 'owner_id')) {
        region[r.field] = await regionRead(grey, r.region, r.field, `s${t.seed}p${p}${r.field}`, false);
      }
    }
    for (const rb of rubbings) {
      const box = stripBox(grey, rb.lineBox);
      if (!box) continue;
      region[`rub_${rb.field}`] = await regionRead(grey, box, rb.field, `s${t.seed}p${p}rub${rb.field}`, false);
      region[`rubneg_${rb.field}`] = await regionRead(grey, box, rb.field, `s${t.seed}p${p}rubn${rb.field}`, true);
    }
  }
  const t3 = Date.now();
  return { seed: t.seed, page: p, prepMs: t1 - t0, ocrMs: t2 - t1, regionMs: t3 - t2, full, region };
}

function sc(b: OcrBox, k: number): OcrBox {
  return { x0: b.x0 * k, y0: b.y0 * k, x1: b.x1 * k, y1: b.y1 * k };
}

async function main(): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
  const tStart = Date.now();
  if (engine === 'js') pool = await createOcrPool({ size: workers, variant: variant as 'best_int' | 'legacy', recycleAfter: 0 });
  const startMs = Date.now() - tStart;
  const rssIdle = process.memoryUsage().rss;
  const jobs = truths.slice(0, LIMIT).flatMap((t) => [0, 1].map((p) => [t, p] as const));
  const results: PageResult[] = [];
  const t0 = Date.now();
  const cpu0 = process.cpuUsage();
  let next = 0;
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < jobs.length) {
      const [t, p] = jobs[next++];
      results.push(await processPage(t, p));
    }
  }));
  const wall = (Date.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6 + nativeCpuS;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  clearInterval(timer);
  if (pool) await pool.terminate();
  // Accuracy per field and per copy: full-page extraction vs region re-OCR variants.
  const V: Variant[] = ['norm', 'thr', 'down'];
  const acc: Record<string, Record<string, number>> = {};
  const misses: string[] = [];
  const inc = (f: string, k: string, ok: boolean): void => { (acc[f] ??= {})[k] = ((acc[f] ??= {})[k] ?? 0) + (ok ? 1 : 0); };
  const vote = (xs: string[]): string | undefined => {
    const c = new Map<string, number>();
    for (const x of xs) if (x) c.set(x, (c.get(x) ?? 0) + 1);
    return [...c.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  for (const t of truths.slice(0, LIMIT)) {
    const [r0, r1] = [0, 1].map((p) => results.find((r) => r.seed === t.seed && r.page === p)!);
    for (const f of FIELDS) {
      const tv = t.truth[f];
      const k0 = same(f, r0.full[f], tv); const k1 = same(f, r1.full[f], tv);
      inc(f, 'full:form', k0); inc(f, 'full:cert', k1);
      const all: boolean[] = [k0, k1];
      const pool: string[] = [];
      for (const [copy, src] of [['form', r0.region[f]], ['cert', r1.region[f]], ['rub', r0.region[`rub_${f}`]], ['rubneg', r0.region[`rubneg_${f}`]]] as const) {
        if (!(f === 'plate' || f === 'chassis' || f === 'engine' || f === 'owner_id')) continue;
        for (const v of V) { const ok = same(f, src?.[v], tv); inc(f, `${copy}:${v}`, ok); all.push(ok); if (src?.[v]) pool.push(canonFor(f, src[v])); }
        inc(f, `${copy}:vote`, same(f, vote(V.map((v) => src?.[v] ?? '')), tv));
      }
      if (f === 'plate' || f === 'chassis' || f === 'engine') inc(f, 'fused:vote-all', same(f, vote(pool), tv));
      inc(f, 'any', all.some(Boolean));
      inc(f, 'n', true);
      if (['plate', 'chassis', 'engine', 'owner_name', 'owner_id'].includes(f) && !k0) misses.push(`${t.seed} ${f}: truth=${tv} full=${r0.full[f]} reg=${JSON.stringify(r0.region[f])} cert=${r1.full[f]} rub=${JSON.stringify(r0.region[`rub_${f}`])} rubneg=${JSON.stringify(r0.region[`rubneg_${f}`])}${t.meta.handwritten ? ' [hand ' + t.meta.font + ']' : ''}`);
    }
  }
  const n = results.length;
  const avg = (k: 'prepMs' | 'ocrMs' | 'regionMs'): number => Math.round(results.reduce((a, r) => a + r[k], 0) / n);
  const summary = {
    engine, workers, dpi, threshold: threshold ?? null, variant, pages: n, wallS: wall, pagesPerMin: Number(((n / wall) * 60).toFixed(1)),
    cpuSecondsPerPage: Number((cpuS / jobs.length).toFixed(2)), loadAvgAfter: load,
    avgMs: { prep: avg('prepMs'), fullOcr: avg('ocrMs'), regions: avg('regionMs') },
    workerStartMs: startMs,
    rssMB: { before: Math.round(rss0 / 1e6), idleWorkers: Math.round(rssIdle / 1e6), peak: Math.round(peak / 1e6) },
    nativeMaxRssMB: engine === 'native' ? Math.round(nativeMaxKb / 1024) : undefined,
    nativeCrashes: engine === 'native' ? nativeCrashes : undefined,
    accuracy: Object.fromEntries(Object.entries(acc).map(([f, s]) => [f, Object.entries(s).map(([k, v]) => `${k}=${v}`).join(' ')])),
  };
  const tag = `p2-${engine}-w${workers}-d${dpi}${threshold ? `-t${threshold}` : ''}${doRegions ? '' : '-noregion'}-${variant}`;
  writeFileSync(`/tmp/probe-results-${tag}.json`, JSON.stringify({ summary, misses, results }, null, 1));
  console.log(JSON.stringify(summary, null, 1));
  console.log(misses.slice(0, 40).join('\n'));
}
void main();
