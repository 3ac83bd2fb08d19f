/**
 * Orientation probe: native `tesseract --psm 0` (Debian tesseract-ocr-osd), tesseract.js `detect` (legacy core +
 * osd traineddata) and a fallback without OSD data (OCR a band at 0/90/180/270, keep the most confident).
 * OSD_LANG_PATH: a folder with osd.traineddata(.gz) — Debian's /usr/share/tesseract-ocr/5/tessdata (default) or
 * the unpacked 4.0.0 folder of the npm package @tesseract.js-data/osd.
 *   PROBE_DIR=/tmp/probe node --import tsx tests/corpus/ocr-probe/orientation-probe.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { createWorker, OEM } from 'tesseract.js';
import { createOcrPool } from '../../../main/engine/ocr/ocr-worker-pool';
import { toPgm } from '../../../main/engine/ocr/preprocess';
const DIR = process.env.PROBE_DIR ?? '/tmp/probe';
const OSD = process.env.OSD_LANG_PATH ?? '/usr/share/tesseract-ocr/5/tessdata';
interface T { seed: number; meta: { pages: { degradation: { rotation: number } }[] } }
async function grey(file: string, dpi: number, rotate = 0): Promise<{ pgm: Buffer; w: number; h: number }> {
  const a = await sharp(readFileSync(file)).rotate(rotate).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const { data, info } = await sharp(a.data, { raw: { width: a.info.width, height: a.info.height, channels: 1 } })
    .resize(Math.round((a.info.width * dpi) / 300)).normalise().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { pgm: toPgm(data, info.width, info.height), w: info.width, h: info.height };
}
async function main(): Promise<void> {
  const truths: T[] = JSON.parse(readFileSync(`${DIR}/truth.json`, 'utf8'));
  const pages = truths.flatMap((t) => [0, 1].map((p) => ({ file: `${DIR}/s${t.seed}-p${p}.jpg`, rot: t.meta.pages[p].degradation.rotation })));
  // Expected answer: the clockwise rotation that makes the page upright = (360 - applied) % 360.
  const want = (r: number): number => (360 - r) % 360;
  let okN = 0, msN = 0;
  for (const pg of pages) {
    const g = await grey(pg.file, 150);
    writeFileSync('/tmp/exp/o.pgm', g.pgm);
    const t0 = Date.now();
    let out = '';
    try { out = execFileSync('tesseract', ['/tmp/exp/o.pgm', 'stdout', '--psm', '0', '--dpi', '150'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString(); } catch { out = ''; }
    msN += Date.now() - t0;
    const rotate = Number(out.match(/Rotate: (\d+)/)?.[1] ?? -1);
    okN += +(rotate === want(pg.rot));
  }
  console.log(`native --psm 0 @150dpi: ${okN}/${pages.length} right, ${Math.round(msN / pages.length)} ms/page`);

  const w = await createWorker('osd', OEM.TESSERACT_ONLY, { legacyCore: true, legacyLang: true, langPath: OSD, gzip: existsSync(join(OSD, 'osd.traineddata.gz')), cacheMethod: 'none' });
  let okJ = 0, msJ = 0;
  for (const pg of pages) {
    const g = await grey(pg.file, 150);
    const t0 = Date.now();
    const r = await w.detect(g.pgm);
    msJ += Date.now() - t0;
    // tesseract.js reports orientation_degrees = how the page is rotated (counter-clockwise); compare both senses.
    const deg = r.data.orientation_degrees ?? -1;
    okJ += +(deg === want(pg.rot) || (360 - deg) % 360 === want(pg.rot));
    if (process.env.V) console.log(pg.file, pg.rot, JSON.stringify(r.data));
  }
  await w.terminate();
  console.log(`tesseract.js detect (osd, legacy core) @150dpi: ${okJ}/${pages.length} right, ${Math.round(msJ / pages.length)} ms/page`);

  const pool = await createOcrPool({ size: 1 });
  let okF = 0, msF = 0;
  for (const pg of pages) {
    const t0 = Date.now();
    let best = { deg: -1, score: -1 };
    for (const deg of [0, 90, 180, 270]) {
      const g = await grey(pg.file, 100, deg);
      // A horizontal band through the middle third: enough text, a fraction of the cost.
      const { data, info } = await sharp(g.pgm.subarray(g.pgm.length - g.w * g.h), { raw: { width: g.w, height: g.h, channels: 1 } }).extract({ left: 0, top: Math.round(g.h * 0.2), width: g.w, height: Math.round(g.h * 0.3) }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
      const page = await pool.recognize({ image: toPgm(data, info.width, info.height), params: { tessedit_pageseg_mode: '6', user_defined_dpi: '100' }, tsv: true });
      const words = (page.tsv ?? '').split('\n').map((r) => r.split('\t')).filter((c) => c[0] === '5' && c[11]?.trim());
      const good = words.filter((c) => Number(c[10]) > 60).length;
      if (good > best.score) best = { deg, score: good };
    }
    msF += Date.now() - t0;
    okF += +(best.deg === want(pg.rot));
  }
  await pool.terminate();
  console.log(`fallback 4-way OCR confidence @100dpi band: ${okF}/${pages.length} right, ${Math.round(msF / pages.length)} ms/page`);
}
void main();
