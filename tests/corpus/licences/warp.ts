/**
 * Lays an RGBA card onto an RGB canvas through a perspective transform (the card's four corners land on any
 * quadrilateral), as a phone held at an angle sees it; bilinear sampling, the card's alpha kept.
 */
import { applyH, homography, type Point } from '../../../main/engine/extraction/licence/homography';
import type { CardPixels } from './render-card';

export type { Point };

/** Composites `card` onto `canvas` (RGB, `cw`×`ch`) with its corners (TL, TR, BR, BL) at `quad`. */
export function warpOnto(canvas: Buffer, cw: number, ch: number, card: CardPixels, quad: readonly Point[]): void {
  const corners = [
    { x: 0, y: 0 },
    { x: card.width, y: 0 },
    { x: card.width, y: card.height },
    { x: 0, y: card.height },
  ];
  const back = homography(quad, corners);
  const x0 = Math.max(0, Math.floor(Math.min(...quad.map((p) => p.x))));
  const x1 = Math.min(cw - 1, Math.ceil(Math.max(...quad.map((p) => p.x))));
  const y0 = Math.max(0, Math.floor(Math.min(...quad.map((p) => p.y))));
  const y1 = Math.min(ch - 1, Math.ceil(Math.max(...quad.map((p) => p.y))));
  const { data, width: W, height: H } = card;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const s = applyH(back, x + 0.5, y + 0.5);
      const sx = s.x - 0.5;
      const sy = s.y - 0.5;
      if (sx < -0.5 || sy < -0.5 || sx > W - 0.5 || sy > H - 0.5) continue;
      const ix = Math.max(0, Math.min(W - 2, Math.floor(sx)));
      const iy = Math.max(0, Math.min(H - 2, Math.floor(sy)));
      const fx = Math.max(0, Math.min(1, sx - ix));
      const fy = Math.max(0, Math.min(1, sy - iy));
      const px = [0, 0, 0, 0];
      for (const [dx, dy, w] of [[0, 0, (1 - fx) * (1 - fy)], [1, 0, fx * (1 - fy)], [0, 1, (1 - fx) * fy], [1, 1, fx * fy]] as const) {
        const o = ((iy + dy) * W + ix + dx) * 4;
        const a = (data[o + 3]! / 255) * w;
        px[0]! += data[o]! * a;
        px[1]! += data[o + 1]! * a;
        px[2]! += data[o + 2]! * a;
        px[3]! += a;
      }
      const alpha = px[3]!;
      if (alpha <= 0) continue;
      const o = (y * cw + x) * 3;
      for (let c = 0; c < 3; c++) canvas[o + c] = Math.round(canvas[o + c]! * (1 - alpha) + px[c]!);
    }
  }
}
