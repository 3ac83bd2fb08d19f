/**
 * Turns a family's sheets into a scanned dossier: each sheet drawn by the split's renderer (SVG for dev,
 * Chromium for held-out), scanned with the split's settings, with now and then a non-form page slipped in.
 */
import type { CorpusRecord } from '../records';
import type { TruthField } from '../form-page';
import { createRng } from '../rng';
import type { Doc } from './doc';
import { extraPage } from './extras';
import { rasterSvg, type Raster } from './raster';
import { rasterHtml } from './render-html';
import { CLEAN_SHEET, pickJob, pickSheet, scanRaster } from './scan';
import { labelFace, typedFace } from './styles';
import type { FamilyDossier, FamilyPageMeta, PageKind, Split } from './types';

export interface Sheet {
  kind: PageKind;
  doc: Doc;
  /** Post-render step (e.g. paste a card onto a sheet) before scanning. */
  place?: (r: Raster, dpi: number) => Promise<Raster>;
  photocopy?: boolean;
}

export interface AssembleArgs {
  family: string;
  split: Split;
  seed: number;
  record: CorpusRecord;
  onPaper: TruthField[];
  sheets: Sheet[];
  /** Chance of a non-form page in the dossier. Default 0.25. */
  extraChance?: number;
  bilevelChance?: number;
  clean?: boolean;
}

export async function assemble(a: AssembleArgs): Promise<FamilyDossier> {
  const rng = createRng(a.seed).fork(`assemble-${a.family}-${a.split}`);
  const sheets = [...a.sheets];
  const er = rng.fork('extra');
  if (er.chance(a.extraChance ?? 0.25)) {
    const extra = extraPage(er, { label: labelFace(er, a.split), value: typedFace(er, a.split) });
    sheets.splice(er.int(1, sheets.length), 0, extra);
  }
  const picked = pickJob(rng, a.split, a.bilevelChance);
  const job = a.clean ? { ...picked, mode: 'colour' as const } : picked;
  const engine = a.split === 'dev' ? 'svg' : 'html';
  const pages: Buffer[] = [];
  const metas: FamilyPageMeta[] = [];
  for (const [i, s] of sheets.entries()) {
    const rr = rng.fork(`render${i}`);
    let raster = engine === 'svg' ? await rasterSvg(s.doc, rr, job.dpi) : await rasterHtml(s.doc, rr, job.dpi);
    if (s.place) raster = await s.place(raster, job.dpi);
    const sheet = a.clean ? CLEAN_SHEET : pickSheet(rng.fork(`sheet${i}`), a.split, s.photocopy);
    const scanned = await scanRaster(raster, job, sheet, rng.fork(`scan${i}`));
    pages.push(scanned.image);
    metas.push({
      kind: s.kind, engine, dpi: job.dpi, width: scanned.width, height: scanned.height, mode: job.mode,
      rotation: sheet.rotation, skewDeg: sheet.skewDeg, jpegQuality: job.mode === 'bilevel' ? null : sheet.jpegQuality,
      noiseSigma: sheet.noiseSigma, speckle: sheet.speckle, fonts: [...new Set([s.doc.label.family, s.doc.hand.look.family])],
      leader: s.doc.leader, boxes: raster.boxes,
    });
  }
  const { record_id, ...truth } = a.record;
  return {
    pages, truth,
    meta: { family: a.family, split: a.split, seed: a.seed, record_id, container: job.mode === 'bilevel' ? 'tiff' : 'pdf', onPaper: a.onPaper, pages: metas },
  };
}
