/**
 * How far a page's own resolution lets its readings be trusted. A page scanned coarser than 200 dpi (a 150-dpi
 * copy, a fax at 100 dpi) is read enlarged, its glyphs guessed from few pixels, and reads worse than tesseract's
 * confidences say: the first page of every dev dossier (36) scanned again at 150 dpi (JPEG) and at 100 dpi
 * (bi-level) gave values read at 0.8–0.9 that were right 78% and 67% of the time, against about 89% at 300 dpi;
 * their owners' records equal to the paper, the pages still raised 16 and 8 "differs from the record" flags.
 * Such a page's readings count for less (the square of the resolution's shortfall: × 0.56 at 150 dpi, × 0.25 at
 * 100), so one reading of it never claims a difference from the record — the officer is asked to read the paper,
 * both values shown — nor counts as sure; two copies agreeing still can. The page says so in one sentence.
 */
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';

/** The resolution reading needs: a page below it is enlarged to be read, and its readings count for less. */
export const GOOD_SCAN_DPI = 200;

/** The factor a page's reading confidences are multiplied by (1 at 200 dpi and above). */
export function resolutionTrust(dpi: number): number {
  return dpi >= GOOD_SCAN_DPI ? 1 : (Math.max(0, dpi) / GOOD_SCAN_DPI) ** 2;
}

/** The sentence a page scanned too coarse carries, or none. */
export function resolutionProblems(dpi: number): EngineMessage[] {
  return dpi >= GOOD_SCAN_DPI ? [] : [say('intake.low_resolution', { dpi: Math.round(dpi), needed: GOOD_SCAN_DPI })];
}
