/**
 * Turns a rendered page into what a flatbed or ADF scanner delivers: uneven lamp light, a crooked sheet,
 * optical blur, sensor noise, sometimes the sheet fed upside down or sideways, and JPEG compression.
 */
import sharp from 'sharp';
import type { Rng } from './rng';

export interface DegradeParams {
  /** Max |skew| in degrees. */
  skewMaxDeg: number;
  /** Chance that the sheet is fed rotated by 90, 180 or 270 degrees. */
  rotateChance: number;
  /** Gaussian noise sigma range, in grey levels. */
  noise: [number, number];
  blurChance: number;
  blur: [number, number];
  /** Strength of the lamp's falloff towards one side/corner (0 = flat). */
  illumination: number;
  /** JPEG quality range for the page as delivered (also used as artefact level when encoding PNG). */
  jpegQuality: [number, number];
  /** Chance of a JPEG round trip before PNG encoding (artefacts in a lossless file, as from re-saved scans). */
  artefactChance: number;
  /** Chance the scan is colour (otherwise greyscale). */
  colourChance: number;
}

export const DEFAULT_DEGRADE: DegradeParams = {
  skewMaxDeg: 3,
  rotateChance: 0.12,
  noise: [2, 8],
  blurChance: 0.5,
  blur: [0.4, 1.1],
  illumination: 0.18,
  jpegQuality: [50, 90],
  artefactChance: 0.4,
  colourChance: 0.5,
};

export const NO_DEGRADE: DegradeParams = {
  skewMaxDeg: 0, rotateChance: 0, noise: [0, 0], blurChance: 0, blur: [0, 0], illumination: 0,
  jpegQuality: [92, 92], artefactChance: 0, colourChance: 1,
};

/** What was done to a page, so tests and benchmarks can tell preprocessing failures from OCR failures. */
export interface Degradation {
  skewDeg: number;
  /** Clockwise rotation applied to the page as a whole (0, 90, 180, 270); undo it to read the page. */
  rotation: 0 | 90 | 180 | 270;
  noiseSigma: number;
  blurSigma: number;
  jpegQuality: number | null;
  colour: boolean;
}

export interface ScannedPage {
  image: Buffer;
  width: number;
  height: number;
  degradation: Degradation;
}

/** Renders `svg` (one page) and degrades it; `encoding` picks PNG or JPEG output. */
export async function scanPage(svg: string, rng: Rng, params: DegradeParams, encoding: 'png' | 'jpeg'): Promise<ScannedPage> {
  const skewDeg = params.skewMaxDeg ? Number(rng.range(-params.skewMaxDeg, params.skewMaxDeg).toFixed(2)) : 0;
  const rotation = rng.chance(params.rotateChance) ? rng.pick([90, 180, 180, 270] as const) : 0;
  const noiseSigma = Number(rng.range(params.noise[0], params.noise[1]).toFixed(1));
  const blurSigma = rng.chance(params.blurChance) ? Number(rng.range(params.blur[0], params.blur[1]).toFixed(2)) : 0;
  const quality = rng.int(params.jpegQuality[0], params.jpegQuality[1]);
  const artefacts = encoding === 'jpeg' || rng.chance(params.artefactChance);
  const colour = rng.chance(params.colourChance);

  const rendered = sharp(Buffer.from(svg)).removeAlpha();
  const { width, height } = await rendered.metadata().then((m) => ({ width: m.width ?? 0, height: m.height ?? 0 }));
  let img = await rendered.raw().toBuffer();
  if (skewDeg) {
    // Rotating grows the canvas; the scanner's window stays the page size, so crop the centre back out.
    const rot = await sharp(img, { raw: { width, height, channels: 3 } })
      .rotate(skewDeg, { background: '#f4f3ef' }).raw().toBuffer({ resolveWithObject: true });
    const left = Math.floor((rot.info.width - width) / 2);
    const top = Math.floor((rot.info.height - height) / 2);
    img = await sharp(rot.data, { raw: { width: rot.info.width, height: rot.info.height, channels: 3 } })
      .extract({ left, top, width, height }).raw().toBuffer();
  }
  if (blurSigma >= 0.3) img = await sharp(img, { raw: { width, height, channels: 3 } }).blur(blurSigma).raw().toBuffer();
  lampAndNoise(img, width, height, rng, params.illumination, noiseSigma);

  let out = sharp(img, { raw: { width, height, channels: 3 } });
  if (!colour) out = out.greyscale();
  if (rotation) out = out.rotate(rotation);
  let image: Buffer;
  if (encoding === 'jpeg') {
    image = await out.jpeg({ quality, chromaSubsampling: '4:2:0' }).withMetadata({ density: 300 }).toBuffer();
  } else {
    if (artefacts) out = sharp(await out.jpeg({ quality }).toBuffer());
    if (!colour) out = out.greyscale();
    image = await out.png({ compressionLevel: 3 }).withMetadata({ density: 300 }).toBuffer();
  }
  const swapped = rotation === 90 || rotation === 270;
  return {
    image,
    width: swapped ? height : width,
    height: swapped ? width : height,
    degradation: { skewDeg, rotation, noiseSigma, blurSigma, jpegQuality: artefacts ? quality : null, colour },
  };
}

/** One pass over the pixels: multiplicative lamp falloff (separable, cheap) plus additive gaussian noise. */
export function lampAndNoise(img: Buffer, w: number, h: number, rng: Rng, strength: number, sigma: number): void {
  if (strength <= 0 && sigma <= 0) return;
  const k = strength * rng.range(0.3, 1);
  const fx = new Float32Array(w);
  const fy = new Float32Array(h);
  const ax = rng.range(-1, 1);
  const ay = rng.range(-1, 1);
  for (let x = 0; x < w; x++) { const u = x / w - 0.5; fx[x] = -k * (ax * u + 0.8 * u * u); }
  for (let y = 0; y < h; y++) { const v = y / h - 0.5; fy[y] = -k * (ay * v + 0.8 * v * v); }
  // A table of gaussian samples indexed by a cheap xorshift keeps this pass at tens of ms for 8.7 Mpx.
  const table = new Int16Array(65536);
  for (let i = 0; i < table.length; i++) table[i] = Math.round(rng.gauss() * sigma);
  let s = (rng.int(1, 0x7fffffff) | 1) >>> 0;
  let p = 0;
  for (let y = 0; y < h; y++) {
    const gy = 1 + fy[y];
    for (let x = 0; x < w; x++) {
      const g = gy + fx[x];
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
      const n = table[s & 0xffff];
      for (let c = 0; c < 3; c++, p++) {
        const v = img[p] * g + n;
        img[p] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
    }
  }
}
