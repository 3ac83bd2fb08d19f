/**
 * Grey-with-alpha noise tiles for graphite texture, made once per process from a fixed seed. librsvg's
 * feTurbulence costs ~200 ms per rubbing at 300 dpi; a tiled PNG pattern costs almost nothing.
 */
import sharp from 'sharp';
import { createRng } from './rng';

export interface NoiseTiles {
  /** Low-frequency mottling (uneven pencil pressure), data: URL. */
  mottle: string;
  /** High-frequency graphite specks, data: URL. */
  speck: string;
  size: number;
}

const SIZE = 256;
let tiles: Promise<NoiseTiles> | null = null;

async function tile(seed: number, blur: number, gain: number, bias: number, shade: number): Promise<string> {
  const rng = createRng(seed);
  const raw = Buffer.alloc(SIZE * SIZE);
  for (let i = 0; i < raw.length; i++) raw[i] = rng.int(0, 255);
  const base = sharp(raw, { raw: { width: SIZE, height: SIZE, channels: 1 } });
  const smooth = blur > 0 ? await base.blur(blur).normalise().raw().toBuffer() : raw;
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let i = 0; i < SIZE * SIZE; i++) {
    const a = Math.max(0, Math.min(255, (smooth[i] - bias) * gain));
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = shade;
    rgba[i * 4 + 3] = a;
  }
  const png = await sharp(rgba, { raw: { width: SIZE, height: SIZE, channels: 4 } }).png().toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** The process-wide tiles (deterministic). */
export function noiseTiles(): Promise<NoiseTiles> {
  tiles ??= (async (): Promise<NoiseTiles> => ({
    mottle: await tile(0x5eed, 6, 1.6, 90, 40),
    speck: await tile(0xbeef, 0, 3, 200, 70),
    size: SIZE,
  }))();
  return tiles;
}
