/**
 * The connected pieces of dark ink in a crop: what a value's place is cut into before its glyphs are judged by
 * their shape (glyph-shapes.ts, licence/ring-zeros.ts).
 */

/** One connected piece of ink: its bounds and its pixels, as indices in the crop's own width. */
export interface InkPart { x0: number; y0: number; x1: number; y1: number; pixels: number[] }

/** The crop's pieces of ink (pixels at or below `cutoff`, touching by side or corner), in scan order. */
export function inkParts(crop: Uint8Array, width: number, height: number, cutoff: number): InkPart[] {
  const seen = new Uint8Array(crop.length);
  const parts: InkPart[] = [];
  for (let start = 0; start < crop.length; start++) {
    if (seen[start] || crop[start]! > cutoff) continue;
    const part: InkPart = { x0: width, y0: height, x1: -1, y1: -1, pixels: [] };
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % width;
      const y = (p - x) / width;
      part.pixels.push(p);
      part.x0 = Math.min(part.x0, x); part.x1 = Math.max(part.x1, x); part.y0 = Math.min(part.y0, y); part.y1 = Math.max(part.y1, y);
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        const q = ny * width + nx;
        if (!seen[q] && crop[q]! <= cutoff) {
          seen[q] = 1;
          stack.push(q);
        }
      }
    }
    parts.push(part);
  }
  return parts;
}
