/**
 * The pencil rubbings of the stamped engine and chassis numbers, pasted on the form: found by their look
 * wherever they are (graphite-strips.ts, while the page is read), read with the graphite hatching filtered out and raw, and named by the box title above them (one box each, or ĐKX10's one box "Nơi dán bản chà số
 * máy, số khung" holding both) or else by their grammar.
 */
import type { GreyImage } from '../ocr/deskew';
import type { OcrBox } from '../ocr/ocr-lines';
import type { OcrPool } from '../ocr/ocr-worker-pool';
import type { FieldReading } from '../domain/field-reading';
import { findFieldValue } from './field-grammar';
import { scaleBox, toScanBox } from './page-geometry';
import { alignConfidences, confirmByLayout, meanConfidence as mean, readRegion, type CharConf } from './region-read';
import type { ReadPage } from './page-reading';

type Reading = Omit<FieldReading, 'page'>;
type SerialKind = 'engine' | 'chassis';

/** Readings of every rubbing on the page: each graphite strip, read and told apart by its grammar. */
export async function readRubbings(page: ReadPage, pool: OcrPool): Promise<Reading[]> {
  const out: Reading[] = [];
  const strips = page.strips;
  const titles = page.fields.rubbings.map((t) => ({ ...t, box: scaleBox(t.box, page.up) }));
  for (const strip of strips) {
    // The title right above a strip names it; under a shared title (ĐKX10's one box) its shape decides.
    const above = titleAbove(titles, strip, page.dpi);
    const named: SerialKind | null = above?.kind === 'rubbing_engine' ? 'engine' : above?.kind === 'rubbing_chassis' ? 'chassis' : null;
    const chars = await readRubbing(pool, page.grey, strip, named ?? 'engine', page.dpi);
    const text = chars.map((c) => c.c).join('');
    const vin = findFieldValue('chassis', text);
    const field: SerialKind = named ?? (vin && vin.value.length === 17 ? 'chassis' : 'engine');
    const m = findFieldValue(field, text);
    if (!m || out.some((r) => r.field === field)) continue;
    const aligned = alignConfidences(m.value, chars);
    const confidence = aligned.reduce((sum, c) => sum + c.confidence, 0) / aligned.length;
    out.push({
      field, source: 'rubbing', method: above ? 'label' : 'pattern', box: toScanBox(page.transform, strip), text: m.value,
      confidence: Number(confidence.toFixed(4)), chars: aligned.map((c) => ({ c: c.c, confidence: Number(c.confidence.toFixed(4)) })),
    });
  }
  return out;
}

/**
 * The box title nearest above a strip: of the titles in the lowest row above it (within a third of an inch of
 * each other), the one nearest it across, so of two boxes side by side each strip takes its own box's title.
 */
export function titleAbove<T extends { box: OcrBox }>(titles: T[], strip: OcrBox, dpi: number): T | undefined {
  const above = titles.filter((t) => t.box.y1 <= strip.y0 + 20 && strip.y0 - t.box.y1 < 2.2 * dpi);
  if (above.length === 0) return undefined;
  const lowest = Math.max(...above.map((t) => t.box.y1));
  const across = (t: T): number => Math.max(0, t.box.x0 - strip.x1, strip.x0 - t.box.x1);
  return above.filter((t) => lowest - t.box.y1 < dpi / 3).sort((a, b) => across(a) - across(b))[0];
}

/**
 * A rubbing is read with its hatching filtered out and also raw. The filtered read leads;
 * each of its characters keeps its confidence only where a raw read confirms it (a restricted read alone
 * reports near-certainty even for a misread), so a rubbing settles a tie between the other copies without
 * overruling two that agree.
 */
async function readRubbing(pool: OcrPool, grey: GreyImage, strip: OcrBox, field: SerialKind, dpi: number): Promise<CharConf[]> {
  // Two reads, not three: a third (negated) read changed no fused value on the corpus and cost a sixth of a
  // form page's time.
  const [clean, plain] = await Promise.all([
    readRegion(pool, grey, strip, field, dpi, 'dehatched'),
    readRegion(pool, grey, strip, field, dpi, 'plain'),
  ]);
  return rubbingChars(clean, [plain], field);
}

/**
 * The lead read's characters, each with the best confidence any check read confirms it with; without a check
 * read, capped. With no lead, the more confident check read leads instead.
 */
export function rubbingChars(lead: CharConf[], checks: CharConf[][], field: SerialKind): CharConf[] {
  const others = checks.filter((c) => c.length > 0).sort((a, b) => mean(b) - mean(a));
  if (lead.length === 0) return others.length ? rubbingChars(others[0], others.slice(1), field) : [];
  if (others.length === 0) return lead.map((c) => ({ c: c.c, confidence: Math.min(c.confidence, 0.5) }));
  const confirmed = others.map((o) => confirmByLayout(lead, o, field));
  return lead.map((c, i) => ({ c: c.c, confidence: Math.max(...confirmed.map((x) => x[i].confidence)) }));
}
