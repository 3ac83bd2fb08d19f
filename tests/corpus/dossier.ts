/**
 * A synthetic paper dossier with ground truth: page 1 the declaration form with pasted rubbings, page 2 the
 * certificate copy, each scanned with seeded degradations. Same seed and options, same bytes.
 */
import { createRng } from './rng';
import { generateCorpusRecord, type CorpusRecord } from './records';
import { useCorpusFonts, HAND_FONTS, TYPED_FONTS } from './fonts';
import { renderFormPage, type Hand, type PageLayout } from './form-page';
import { renderCertificatePage } from './certificate-page';
import { renderStamp } from './stamp';
import { scanPage, DEFAULT_DEGRADE, NO_DEGRADE, type DegradeParams, type Degradation } from './degrade';
import { svgPage, type Box } from './svg-kit';

/** The values a perfect reader would extract (the record minus its id). */
export type DossierTruth = Omit<CorpusRecord, 'record_id'>;

export interface DossierOptions {
  /** Use this record instead of generating one (e.g. from main/engine/demo's generateRecords). */
  record?: CorpusRecord;
  /** Page encoding; scanners mostly deliver JPEG. Default 'jpeg'. */
  encoding?: 'png' | 'jpeg';
  /** `false` for clean pages; otherwise overrides of DEFAULT_DEGRADE. */
  degrade?: false | Partial<DegradeParams>;
  /** Chance that the form's values are handwritten rather than typed. Default 0.2. */
  handwriting?: number;
  /** Chance of a red seal on each page. Default 0.8. */
  stamp?: number;
}

export interface PageMeta {
  kind: 'declaration' | 'certificate';
  width: number;
  height: number;
  degradation: Degradation;
  /** Value boxes in the undegraded page's pixels (apply degradation.rotation/skew to map onto the scan). */
  boxes: PageLayout['boxes'];
  /** Fields whose value box the seal overlaps. */
  stampedFields: string[];
}

export interface Dossier {
  pages: Buffer[];
  truth: DossierTruth;
  meta: { seed: number; record_id: string; font: string; handwritten: boolean; upperName: boolean; pages: PageMeta[] };
}

function overlaps(b: Box, cx: number, cy: number, r: number): boolean {
  const nx = Math.max(b.x, Math.min(cx, b.x + b.w));
  const ny = Math.max(b.y, Math.min(cy, b.y + b.h));
  return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
}

/** Builds one dossier from `seed`. */
export async function generateDossier(seed: number, options: DossierOptions = {}): Promise<Dossier> {
  useCorpusFonts();
  const rng = createRng(seed);
  const record = options.record ?? generateCorpusRecord(seed);
  const { record_id, ...truth } = record;
  const params: DegradeParams = options.degrade === false ? NO_DEGRADE : { ...DEFAULT_DEGRADE, ...options.degrade };
  const encoding = options.encoding ?? 'jpeg';

  const hr = rng.fork('hand');
  const handwritten = hr.chance(options.handwriting ?? 0.2);
  const family = handwritten ? hr.pick(HAND_FONTS) : hr.pick(TYPED_FONTS);
  const hand: Hand = {
    style: {
      family,
      size: handwritten ? hr.int(56, 66) : hr.int(46, 54),
      bold: !handwritten && hr.chance(0.3),
      fill: handwritten ? hr.pick(['#1c2f8f', '#13206b', '#222']) : '#101010',
      spacing: handwritten ? hr.int(0, 3) : 0,
    },
    handwritten,
    upperName: !handwritten && hr.chance(0.35),
    jitter: handwritten ? 6 : 2,
    tilt: handwritten ? 1.5 : 0.3,
  };

  const layouts = [
    { kind: 'declaration' as const, layout: await renderFormPage(record, hand, rng.fork('form')) },
    { kind: 'certificate' as const, layout: await renderCertificatePage(record, rng.fork('certificate')) },
  ];
  const pages: Buffer[] = [];
  const metas: PageMeta[] = [];
  for (const [i, { kind, layout }] of layouts.entries()) {
    const sr = rng.fork(`stamp${i}`);
    let stamp = '';
    const stampedFields: string[] = [];
    if (sr.chance(options.stamp ?? 0.8)) {
      // Usually over the signature block; sometimes right over a typed value, as happens in real files.
      const target = sr.chance(0.25) ? sr.pick(layout.boxes).box : null;
      const cx = target ? target.x + sr.int(0, target.w) : sr.int(500, 1900);
      const cy = target ? target.y + sr.int(-150, 150) : kind === 'declaration' ? sr.int(3050, 3250) : sr.int(1900, 2300);
      stamp = renderStamp(cx, cy, sr);
      for (const b of layout.boxes) if (overlaps(b.box, cx, cy, 240)) stampedFields.push(b.field);
    }
    const scanned = await scanPage(svgPage(layout.svg + stamp), rng.fork(`scan${i}`), params, encoding);
    pages.push(scanned.image);
    metas.push({ kind, width: scanned.width, height: scanned.height, degradation: scanned.degradation, boxes: layout.boxes, stampedFields });
  }
  return {
    pages,
    truth,
    meta: { seed, record_id, font: family, handwritten, upperName: hand.upperName, pages: metas },
  };
}
