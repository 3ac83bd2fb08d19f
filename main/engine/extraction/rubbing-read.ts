/**
 * The pencil rubbings of the stamped engine and chassis numbers, pasted into their box on the form: found under
 * the box's title (one box each, or ĐKX10's one box "Nơi dán bản chà số máy, số khung" holding both), read
 * with the graphite hatching filtered out and raw in both polarities, and assigned by their grammar.
 */
import type { GreyImage } from '../ocr/deskew';
import type { OcrBox } from '../ocr/ocr-lines';
import type { OcrPool } from '../ocr/ocr-worker-pool';
import type { FieldReading } from '../scan/scan.types';
import { findFieldValue } from './field-grammar';
import type { RubbingTitle } from './find-fields';
import { rubbingStrip, scaleBox, toScanBox } from './page-geometry';
import { alignConfidences, confirmByLayout, readRegion, type CharConf } from './region-read';
import type { ReadPage } from './analyze-page';

type Reading = Omit<FieldReading, 'page'>;
type SerialKind = 'engine' | 'chassis';

/** Readings of every rubbing on the page. */
export async function readRubbings(page: ReadPage, pool: OcrPool): Promise<Reading[]> {
  const out: Reading[] = [];
  const titles = withMissingRubbing(page.fields.rubbings, page.dpi / page.up);
  for (const t of titles) {
    const title = scaleBox(t.box, page.up);
    const first = rubbingStrip(page.grey, title, page.dpi);
    const strips = first ? [first] : [];
    // One box for both: the second strip lies under the first.
    if (first && t.kind === 'rubbing_both') {
      const second = rubbingStrip(page.grey, { ...title, y0: first.y1, y1: first.y1 }, page.dpi);
      if (second) strips.push(second);
    }
    for (const [i, strip] of strips.entries()) {
      const expected: SerialKind | null = t.kind === 'rubbing_engine' ? 'engine' : t.kind === 'rubbing_chassis' ? 'chassis' : null;
      const chars = await readRubbing(pool, page.grey, strip, expected ?? 'engine', page.dpi);
      const text = chars.map((c) => c.c).join('');
      // In a shared box the serial's shape says which it is; a VIN is the chassis.
      const vin = findFieldValue('chassis', text);
      const field: SerialKind = expected ?? (vin && vin.value.length === 17 ? 'chassis' : i === 0 ? 'engine' : 'chassis');
      const m = findFieldValue(field, text);
      if (!m || out.some((r) => r.field === field)) continue;
      const aligned = alignConfidences(m.value, chars);
      const confidence = aligned.reduce((s, c) => s + c.confidence, 0) / aligned.length;
      out.push({
        field, source: 'rubbing', method: 'label', box: toScanBox(page.transform, strip), text: m.value,
        confidence: Number(confidence.toFixed(4)), chars: aligned.map((c) => ({ c: c.c, confidence: Number(c.confidence.toFixed(4)) })),
      });
    }
  }
  return out;
}

/**
 * The classic form stacks the engine rubbing's box right above the chassis one. When the page pass lost one
 * box's title (the pasted strip's graphite merges it into a line of junk), the other's title says where to look:
 * one box pitch (~1.45 in) away. `readDpi`: reading pixels per inch.
 */
export function withMissingRubbing(found: RubbingTitle[], readDpi: number): RubbingTitle[] {
  if (found.length !== 1 || found[0].kind === 'rubbing_both') return found;
  const pitch = 1.45 * readDpi;
  const [r] = found;
  const shift = r.kind === 'rubbing_chassis' ? -pitch : pitch;
  const other: RubbingTitle = { kind: r.kind === 'rubbing_chassis' ? 'rubbing_engine' : 'rubbing_chassis', box: { ...r.box, y0: r.box.y0 + shift, y1: r.box.y1 + shift } };
  return r.kind === 'rubbing_chassis' ? [other, r] : [r, other];
}

/**
 * A rubbing is read with its hatching filtered out and also raw in both polarities. The filtered read leads;
 * each of its characters keeps its confidence only where a raw read confirms it (a restricted read alone
 * reports near-certainty even for a misread), so a rubbing settles a tie between the other copies without
 * overruling two that agree.
 */
async function readRubbing(pool: OcrPool, grey: GreyImage, strip: OcrBox, field: SerialKind, dpi: number): Promise<CharConf[]> {
  const [clean, plain, negated] = await Promise.all([
    readRegion(pool, grey, strip, field, dpi, 'dehatched'),
    readRegion(pool, grey, strip, field, dpi, 'plain'),
    readRegion(pool, grey, strip, field, dpi, 'negated'),
  ]);
  return rubbingChars(clean, [plain, negated], field);
}

/**
 * The lead read's characters, each with the best confidence any check read confirms it with; without a check
 * read, capped. With no lead, the more confident check read leads instead.
 */
export function rubbingChars(lead: CharConf[], checks: CharConf[][], field: SerialKind): CharConf[] {
  const mean = (cs: CharConf[]): number => (cs.length ? cs.reduce((s, c) => s + c.confidence, 0) / cs.length : 0);
  const others = checks.filter((c) => c.length > 0).sort((a, b) => mean(b) - mean(a));
  if (lead.length === 0) return others.length ? rubbingChars(others[0], others.slice(1), field) : [];
  if (others.length === 0) return lead.map((c) => ({ c: c.c, confidence: Math.min(c.confidence, 0.5) }));
  const confirmed = others.map((o) => confirmByLayout(lead, o, field));
  return lead.map((c, i) => ({ c: c.c, confidence: Math.max(...confirmed.map((x) => x[i].confidence)) }));
}
