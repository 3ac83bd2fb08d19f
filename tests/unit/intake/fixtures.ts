/** Small generated scans for the intake tests (no binary fixtures in the repo). */
import sharp from 'sharp';

/** An A4 page of typed text at `dpi`, as a PNG. */
export async function textPage(dpi = 150, lines = 30): Promise<Buffer> {
  const w = Math.round(8.27 * dpi), h = Math.round(11.69 * dpi), s = dpi / 150;
  const rows = Array.from({ length: lines }, (_, i) =>
    `<text x="${Math.round(110 * s)}" y="${Math.round((200 + i * 42) * s)}" font-family="DejaVu Sans" font-size="${Math.round(26 * s)}">`
    + `Dòng ${i + 1}: Giấy khai đăng ký xe — số khung RLHJF6320BY12${i} số máy JF63E-12${i}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#fff"/>${rows}</svg>`;
  return sharp(Buffer.from(svg)).greyscale().png().toBuffer();
}

/** An empty sheet as a scanner sees it: greyish paper, speckle and a faint shadow along one edge. */
export async function blankScan(dpi = 200): Promise<Buffer> {
  const w = Math.round(8.27 * dpi), h = Math.round(11.69 * dpi);
  const px = Buffer.alloc(w * h);
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let v = 236 + (rnd() - 0.5) * 16;
      if (x < w * 0.02) v -= 60; // the lid's shadow on the sheet's edge
      if (rnd() < 0.0008) v = 40; // dust
      px[y * w + x] = Math.max(0, Math.min(255, v));
    }
  }
  return sharp(px, { raw: { width: w, height: h, channels: 1 } }).jpeg({ quality: 70 }).toBuffer();
}

export interface Degrade { dpi: number; rotate: number; skewDeg: number; blur: number; noise: number; quality: number }

/** A 150-dpi rendering as it comes back from a scanner: rescaled, turned, blurred, noisy, JPEG-compressed. */
export async function degrade(page: Buffer, d: Degrade): Promise<Buffer> {
  const meta = await sharp(page).metadata();
  const width = Math.round((meta.width ?? 1240) * d.dpi / 150);
  const turned = await sharp(page).resize({ width }).rotate(d.rotate).rotate(d.skewDeg, { background: '#ffffff' })
    .greyscale().blur(d.blur > 0.3 ? d.blur : false).raw().toBuffer({ resolveWithObject: true });
  const { data, info } = turned;
  let seed = 11;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < data.length; i++) {
    const g = (rnd() + rnd() + rnd() - 1.5) * 2 * d.noise; // roughly Gaussian
    data[i] = Math.max(0, Math.min(255, data[i] * 0.85 + 30 + g)); // grey paper, not quite black ink
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .jpeg({ quality: d.quality }).toBuffer();
}
