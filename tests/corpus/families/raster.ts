/** A rendered page before scanning: RGB pixels at the scan's dpi plus the value boxes in those pixels. */
import sharp from 'sharp';
import type { Rng } from '../rng';
import { useCorpusFonts } from '../fonts';
import { svgPage } from '../svg-kit';
import type { Doc } from './doc';
import { renderSvgDoc } from './render-svg';
import type { FieldBox } from './types';

export interface Raster {
  data: Buffer;
  width: number;
  height: number;
  boxes: FieldBox[];
}

export const scaleBoxes = (boxes: FieldBox[], k: number, dx = 0, dy = 0): FieldBox[] =>
  boxes.map((b) => ({ ...b, box: { x: Math.round(b.box.x * k + dx), y: Math.round(b.box.y * k + dy), w: Math.round(b.box.w * k), h: Math.round(b.box.h * k) } }));

/** Renders an SVG page (300-dpi units) at `dpi`. */
export async function rasterSvgBody(body: string, width: number, height: number, paper: string, dpi: number): Promise<Buffer> {
  useCorpusFonts();
  const { data } = await sharp(Buffer.from(svgPage(body, width, height, paper)), { density: (72 * dpi) / 300 })
    .removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return data;
}

/** The Doc drawn by librsvg at `dpi`. */
export async function rasterSvg(doc: Doc, rng: Rng, dpi: number): Promise<Raster> {
  const { svg, boxes } = await renderSvgDoc(doc, rng);
  const k = dpi / 300;
  const data = await rasterSvgBody(svg, doc.width, doc.height, doc.paper, dpi);
  return { data, width: Math.round(doc.width * k), height: Math.round(doc.height * k), boxes: scaleBoxes(boxes, k) };
}

/** `inner` pasted onto a blank sheet of `width`×`height` at (x, y), optionally rotated a quarter turn first. */
export async function placeOnSheet(inner: Raster, width: number, height: number, x: number, y: number, paper = '#f7f6f2'): Promise<Raster> {
  const data = await sharp({ create: { width, height, channels: 3, background: paper } })
    .composite([{ input: inner.data, raw: { width: inner.width, height: inner.height, channels: 3 }, left: Math.round(x), top: Math.round(y) }])
    .removeAlpha().raw().toBuffer();
  return { data, width, height, boxes: scaleBoxes(inner.boxes, 1, Math.round(x), Math.round(y)) };
}

/** A raster turned 90° clockwise, boxes following (for a card pasted sideways). */
export async function quarterTurn(r: Raster): Promise<Raster> {
  const data = await sharp(r.data, { raw: { width: r.width, height: r.height, channels: 3 } }).rotate(90).raw().toBuffer();
  const boxes = r.boxes.map((b) => ({ ...b, box: { x: r.height - b.box.y - b.box.h, y: b.box.x, w: b.box.h, h: b.box.w } }));
  return { data, width: r.height, height: r.width, boxes };
}
