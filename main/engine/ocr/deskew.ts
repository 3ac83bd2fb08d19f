/**
 * Skew and quarter-turn estimation from ink projections, cheap enough to run on every page before OCR.
 * Text lines make the row profile of a level page spiky; the angle whose sheared row profile has the most
 * variance is the page's skew. A page lying sideways has a spikier column profile than row profile.
 */
import sharp from 'sharp';

export interface SkewEstimate {
  /** Clockwise degrees to rotate the page by to level its text lines. */
  correctionDeg: number;
  /** True when text lines run vertically (the sheet is sideways: rotate by 90 or 270). */
  sideways: boolean;
}

interface Ink { xs: Int32Array; ys: Int32Array; n: number; width: number; height: number }

/** One-channel 8-bit pixels, row-major. */
export interface GreyImage { data: Buffer; width: number; height: number }

/** Dark pixels of a small greyscale rendering (about 100 dpi), by a global threshold below the page mean. */
async function inkAt100dpi(input: Buffer, sourceDpi: number): Promise<Ink> {
  const meta = await sharp(input).metadata();
  const width = Math.max(1, Math.round(((meta.width ?? 0) * 100) / sourceDpi));
  const { data, info } = await sharp(input).greyscale().resize({ width }).normalise()
    .extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return inkOf(data, info.width, info.height);
}

/** Same as inkAt100dpi for pixels already decoded, so a caller that holds the page decodes it only once. */
async function inkOfGrey(grey: GreyImage, sourceDpi: number): Promise<Ink> {
  const width = Math.max(1, Math.round((grey.width * 100) / sourceDpi));
  const { data, info } = await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .resize({ width }).normalise().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return inkOf(data, info.width, info.height);
}

function inkOf(data: Buffer, width: number, height: number): Ink {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i];
  const cut = (sum / data.length) * 0.6;
  const xs = new Int32Array(data.length);
  const ys = new Int32Array(data.length);
  let n = 0;
  // Ignore a margin: scanner edges and shadows are long straight dark runs that are not text.
  const mx = Math.round(width * 0.04);
  const my = Math.round(height * 0.03);
  for (let y = my; y < height - my; y++) {
    for (let x = mx; x < width - mx; x++) {
      if (data[y * width + x] < cut) { xs[n] = x; ys[n] = y; n++; }
    }
  }
  return { xs, ys, n, width, height };
}

/** Variance of the histogram of y + x·tan(a) over ink pixels (rows of a page sheared by a). */
function profileScore(a: Ink, along: 'rows' | 'cols', angleDeg: number): number {
  const t = Math.tan((angleDeg * Math.PI) / 180);
  const size = (along === 'rows' ? a.height : a.width) + Math.ceil(Math.abs(t) * Math.max(a.width, a.height)) + 2;
  const offset = Math.ceil(Math.abs(t) * Math.max(a.width, a.height)) + 1;
  const bins = new Int32Array(size);
  // p = along + across·k, binned at Math.round(p) + offset = floor(p + offset + 0.5): always ≥ 0 here, so `| 0`.
  const [at, across, k] = along === 'rows' ? [a.ys, a.xs, t] : [a.xs, a.ys, -t];
  const shift = offset + 0.5;
  for (let i = 0; i < a.n; i++) {
    const b = (at[i]! + across[i]! * k + shift) | 0;
    if (b < size) bins[b]!++;
  }
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < size; i++) { const v = bins[i]!; s += v; s2 += v * v; }
  return s2 / size - (s / size) ** 2;
}

/** Estimates skew within ±maxDeg (coarse-to-fine search) and whether the text runs sideways. */
export async function estimateSkew(input: Buffer, options: { sourceDpi?: number; maxDeg?: number } = {}): Promise<SkewEstimate> {
  return skewOfInk(await inkAt100dpi(input, options.sourceDpi ?? 300), options.maxDeg);
}

/** `estimateSkew` for a page already decoded to grey pixels. */
export async function estimateSkewGrey(grey: GreyImage, options: { sourceDpi?: number; maxDeg?: number } = {}): Promise<SkewEstimate> {
  return skewOfInk(await inkOfGrey(grey, options.sourceDpi ?? 300), options.maxDeg);
}

function skewOfInk(ink: Ink, maxDegOption: number | undefined): SkewEstimate {
  const maxDeg = maxDegOption ?? 5;
  const search = (ink: Ink, along: 'rows' | 'cols'): { angle: number; score: number } => {
    let best = { angle: 0, score: -1 };
    for (let a = -maxDeg; a <= maxDeg + 1e-9; a += 0.5) {
      const score = profileScore(ink, along, a);
      if (score > best.score) best = { angle: a, score };
    }
    const center = best.angle;
    for (let a = center - 0.5; a <= center + 0.5 + 1e-9; a += 0.05) {
      const score = profileScore(ink, along, a);
      if (score > best.score) best = { angle: a, score };
    }
    return best;
  };
  const rows = search(ink, 'rows');
  const cols = search(ink, 'cols');
  const sideways = cols.score > rows.score * 1.5;
  // Shearing the ink by +a levels it exactly when the page is rotated by +a (sharp: positive = clockwise).
  const angle = sideways ? cols.angle : levelOfColumns(ink, rows.angle, (half) => search(half, 'rows').angle);
  return { correctionDeg: Number(angle.toFixed(2)) + 0, sideways };
}

/**
 * A form whose values sit higher or lower than their labels (a certificate card's bold values) fools the whole
 * page's profile: at the wrong angle label and value fall into one row. The ink left and right of the page's
 * widest gutter, each a column of consistent lines, is levelled on its own, and the page takes the middle of the
 * three angles.
 */
function levelOfColumns(ink: Ink, whole: number, level: (half: Ink) => number): number {
  if (ink.n < 200) return whole;
  const middle = gutter(ink);
  const half = (left: boolean): Ink => {
    const xs = new Int32Array(ink.n);
    const ys = new Int32Array(ink.n);
    let n = 0;
    for (let i = 0; i < ink.n; i++) if ((ink.xs[i]! < middle) === left) { xs[n] = ink.xs[i]!; ys[n] = ink.ys[i]!; n++; }
    return { xs, ys, n, width: ink.width, height: ink.height };
  };
  const angles = [whole, level(half(true)), level(half(false))].sort((a, b) => a - b);
  return angles[1]!;
}

/** The x in the middle of the widest run of ink-free columns between the ink's outer fifths (else its median x). */
function gutter(ink: Ink): number {
  const cols = new Int32Array(ink.width);
  for (let i = 0; i < ink.n; i++) cols[ink.xs[i]!]!++;
  // The x below which a share of the ink lies, read off the column counts (no sort of every ink pixel).
  const quantile = (share: number): number => {
    const rank = Math.floor(ink.n * share);
    let seen = 0;
    for (let x = 0; x < cols.length; x++) if ((seen += cols[x]!) > rank) return x;
    return cols.length - 1;
  };
  const lo = quantile(0.2);
  const hi = quantile(0.8);
  let best = { at: quantile(0.5), width: 0 };
  let start = -1;
  for (let x = lo; x <= hi; x++) {
    if (cols[x] === 0) { if (start < 0) start = x; }
    else if (start >= 0) {
      if (x - start > best.width) best = { at: Math.floor((start + x) / 2), width: x - start };
      start = -1;
    }
  }
  return best.at;
}
