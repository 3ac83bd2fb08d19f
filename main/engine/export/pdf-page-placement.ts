import type { Box } from '../domain/field-reading';

export type QuarterTurn = 0 | 90 | 180 | 270;

/** A4 in points: a page whose scanner resolution is unknown is fitted to it. */
const A4 = { width: 595.28, height: 841.89 };

/** A scanned page's place on the PDF page: the upright size in points and the points per scanned pixel. */
export interface PagePlacement {
  /** The clockwise turn that makes the page as scanned upright. */
  turn: QuarterTurn;
  /** The page as scanned, in pixels. */
  pixels: { width: number; height: number };
  /** The upright PDF page, in points. */
  width: number;
  height: number;
  /** Points per scanned pixel. */
  scale: number;
}

export function normalizeTurn(degrees: number | null | undefined): QuarterTurn {
  return ((((Math.round((degrees ?? 0) / 90) * 90) % 360) + 360) % 360) as QuarterTurn;
}

/**
 * Sizes the page from the scanner's resolution when the file states a believable one; otherwise (a JPEG taken
 * out of a PDF often says 72 dpi or nothing) the upright page is fitted to A4, which is what stations scan.
 */
export function placePage(width: number, height: number, turn: QuarterTurn, dpi: number | null): PagePlacement {
  const sideways = turn === 90 || turn === 270;
  const uprightW = sideways ? height : width;
  const uprightH = sideways ? width : height;
  const scale = dpi && dpi >= 100 && dpi <= 1200 ? 72 / dpi : Math.min(A4.width / uprightW, A4.height / uprightH);
  return { turn, pixels: { width, height }, width: uprightW * scale, height: uprightH * scale, scale };
}

/** A box on the page as scanned → the same box on the upright page, still in pixels (y down). */
export function uprightBox(box: Box, turn: QuarterTurn, width: number, height: number): Box {
  const { x, y, w, h } = box;
  switch (turn) {
    case 90:
      return { x: height - y - h, y: x, w: h, h: w };
    case 180:
      return { x: width - x - w, y: height - y - h, w, h };
    case 270:
      return { x: y, y: width - x - w, w: h, h: w };
    default:
      return box;
  }
}

/**
 * The image matrix (PDF `cm`) drawing the scanned image, as it is, turned upright on the page: the image is
 * never re-encoded, only placed. Derived from where the scan's top-left corner must land for each turn.
 */
export function imageMatrix(p: PagePlacement): [number, number, number, number, number, number] {
  const w = p.pixels.width * p.scale;
  const h = p.pixels.height * p.scale;
  switch (p.turn) {
    case 90:
      return [0, -w, h, 0, 0, w];
    case 180:
      return [-w, 0, 0, -h, w, h];
    case 270:
      return [0, w, -h, 0, h, 0];
    default:
      return [w, 0, 0, h, 0, 0];
  }
}
