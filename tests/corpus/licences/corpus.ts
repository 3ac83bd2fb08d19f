/**
 * The paper-licence corpus: pages of licence cards with ground truth, in three splits (card-style.ts): dev,
 * heldout-seen (the first held-out styles, looked at while tuning) and heldout (faces, wording, sizes, tints,
 * scan resolutions and photo settings never seen while tuning; compose.ts). Each page is one of: a scan of one card,
 * of two holders' cards, of the front and back of one card, a phone photo of one or two cards, or a photo
 * with no card on it (which must be said, never read into fields).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../rng';
import { cardStyle, type LicenceSplit } from './card-style';
import { photoPage, scanPage } from './compose';
import { renderCard, type CardPixels } from './render-card';
import { licenceTruth, type CardModel, type CardSide, type LicenceTruth } from './truth';

export type PageVariant = 'scan' | 'scan-two' | 'scan-front-back' | 'photo' | 'photo-two' | 'no-card';
export const VARIANTS: readonly PageVariant[] = ['scan', 'photo', 'scan-two', 'scan-front-back', 'photo', 'photo-two', 'scan', 'photo'];

export interface LicenceCardTruth {
  model: CardModel;
  side: CardSide;
  truth: LicenceTruth;
}

export interface LicencePage {
  file: string;
  split: LicenceSplit;
  variant: PageVariant;
  dpi: number;
  /** The cards on the page, top to bottom (scans) or left to right (photos). */
  cards: LicenceCardTruth[];
}

const SCAN_DPI: Record<LicenceSplit, number[]> = { dev: [300], 'heldout-seen': [200, 400], heldout: [250, 350], 'heldout-typed': [240, 300] };

/** Writes `count` pages of `split` into `dir` (and `truth.json` listing them); the same seed gives the same pages. */
export async function writeLicencePages(dir: string, split: LicenceSplit, count: number, seed = 1, variants: readonly PageVariant[] = VARIANTS): Promise<LicencePage[]> {
  mkdirSync(dir, { recursive: true });
  const pages: LicencePage[] = [];
  for (let i = 0; i < count; i++) {
    // heldout-seen keeps the seed key it had as 'heldout', so its pages are the ones tuning looked at.
    const r = createRng(seed).fork(`${split === 'heldout-seen' ? 'heldout' : split === 'heldout' ? 'heldout-new' : split}/${i}`);
    const variant = variants[i % variants.length]!;
    const model: CardModel = r.chance(0.5) ? 'paper' : 'pet';
    const photo = variant.startsWith('photo') || variant === 'no-card';
    const dpi = photo ? Math.round(r.range(330, 420)) : r.pick(SCAN_DPI[split]);
    const cards: LicenceCardTruth[] = [];
    if (variant !== 'no-card') {
      const first = licenceTruth(r.fork('holder-0'), model);
      cards.push({ model, side: 'front', truth: first });
      if (variant === 'scan-front-back') cards.push({ model, side: 'back', truth: first });
      if (variant === 'scan-two' || variant === 'photo-two') {
        const other: CardModel = r.chance(0.5) ? 'paper' : 'pet';
        cards.push({ model: other, side: 'front', truth: licenceTruth(r.fork('holder-1'), other) });
      }
    }
    const pixels: CardPixels[] = [];
    for (const [k, c] of cards.entries()) {
      const style = cardStyle(r.fork(`style-${k}`), split, c.model === 'paper');
      pixels.push(await renderCard(c.model, c.side, c.truth, style, r.fork(`card-${k}`), dpi));
    }
    const composed = photo ? await photoPage(pixels, r.fork('photo'), split) : await scanPage(pixels, r.fork('scan'), dpi, r.chance(0.5));
    const file = join(dir, `licence-${split}-${String(i + 1).padStart(3, '0')}.${composed.format === 'png' ? 'png' : 'jpg'}`);
    writeFileSync(file, composed.image);
    pages.push({ file, split, variant, dpi: composed.dpi, cards });
  }
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(pages, null, 1)}\n`);
  return pages;
}
