/** Small helpers to lay out text in SVG at 300 dpi, measuring with the same pango/fontconfig librsvg uses. */
import sharp from 'sharp';
import { useCorpusFonts, xmlEscape } from './fonts';

export const PAGE_W = 2480;
export const PAGE_H = 3508;

/** An axis-aligned box in page pixels (before any scan degradation). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextStyle {
  family: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  /** Extra space between letters, px. */
  spacing?: number;
  opacity?: number;
}

const widthCache = new Map<string, number>();

/** Advance width in px of `text` in `style`, measured by pango (cached per process). */
export async function measureText(text: string, style: TextStyle): Promise<number> {
  const key = `${style.family}|${style.size}|${style.bold ? 1 : 0}|${style.italic ? 1 : 0}|${text}`;
  const hit = widthCache.get(key);
  let width = hit;
  if (width === undefined) {
    useCorpusFonts();
    const desc = `${style.family}${style.bold ? ' Bold' : ''}${style.italic ? ' Italic' : ''} ${style.size}px`;
    const { info } = await sharp({ text: { text: xmlEscape(text), font: desc, dpi: 72 } }).toBuffer({ resolveWithObject: true });
    width = info.width;
    widthCache.set(key, width);
  }
  return width + (style.spacing ?? 0) * text.length;
}

/** One `<text>` element with its baseline at (x, y), optionally rotated about its start. */
export function svgText(text: string, x: number, y: number, style: TextStyle, rotateDeg = 0, anchor = 'start'): string {
  const attrs = [
    `x="${x.toFixed(1)}"`,
    `y="${y.toFixed(1)}"`,
    `font-family="${xmlEscape(style.family)}"`,
    `font-size="${style.size}"`,
    style.bold ? 'font-weight="bold"' : '',
    style.italic ? 'font-style="italic"' : '',
    `fill="${style.fill ?? '#111'}"`,
    style.spacing ? `letter-spacing="${style.spacing}"` : '',
    style.opacity !== undefined ? `fill-opacity="${style.opacity}"` : '',
    anchor !== 'start' ? `text-anchor="${anchor}"` : '',
    rotateDeg ? `transform="rotate(${rotateDeg.toFixed(2)} ${x.toFixed(1)} ${y.toFixed(1)})"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${xmlEscape(text)}</text>`;
}

/** A dotted leader (round dots) from x1 to x2 on baseline y. */
export function svgLeader(x1: number, x2: number, y: number, pitch = 12): string {
  if (x2 - x1 < pitch) return '';
  return `<line x1="${x1.toFixed(1)}" y1="${y}" x2="${x2.toFixed(1)}" y2="${y}" stroke="#222" stroke-width="3.5" stroke-linecap="round" stroke-dasharray="0.1 ${pitch}"/>`;
}

/** Wraps an SVG body in a white page of the given size. */
export function svgPage(body: string, w = PAGE_W, h = PAGE_H, paper = '#fbfaf6'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="${paper}"/>${body}</svg>`;
}
