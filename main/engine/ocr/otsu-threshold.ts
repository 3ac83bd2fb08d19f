/**
 * Otsu's threshold: the grey level that best separates a page's (or a crop's) pixels into ink and ground. Used to
 * binarise a rubbing's characters and a glyph's crop (extraction) and to read a separator sheet's bar code (intake).
 */

/** Otsu's threshold over 8-bit values: the cut that best separates them into two classes; 127 when all are equal. */
export function otsuThreshold(values: Uint8Array): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of values) hist[v]++;
  let total = 0;
  for (let v = 0; v < 256; v++) total += v * hist[v];
  let below = 0;
  let belowSum = 0;
  let best = -1;
  let cut = 127;
  for (let t = 0; t < 256; t++) {
    below += hist[t];
    if (below === 0) continue;
    const above = values.length - below;
    if (above === 0) break;
    belowSum += t * hist[t];
    const between = below * above * (belowSum / below - (total - belowSum) / above) ** 2;
    if (between > best) {
      best = between;
      cut = t;
    }
  }
  return cut;
}
