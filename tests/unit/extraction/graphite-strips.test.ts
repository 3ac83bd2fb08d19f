import { describe, expect, it } from 'vitest';
import { graphiteStrips } from '../../../main/engine/extraction/graphite-strips';

/** A white 300-dpi page, 8 × 3 in. */
function page(): { data: Buffer; width: number; height: number } {
  const width = 2400;
  const height = 900;
  return { data: Buffer.alloc(width * height, 240), width, height };
}

function fill(p: ReturnType<typeof page>, x0: number, y0: number, x1: number, y1: number, tone: (x: number, y: number) => number): void {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) p.data[y * p.width + x] = tone(x, y);
}

describe('graphite strips', () => {
  it('finds a pencil rubbing, a band of mid-grey graphite with lighter hatching', async () => {
    const p = page();
    fill(p, 300, 200, 1200, 320, (x, y) => ((x + y) % 9 < 2 ? 175 : 115));
    const strips = await graphiteStrips(p, 300);
    expect(strips).toHaveLength(1);
    expect(strips[0]!.x0).toBeLessThan(320);
    expect(strips[0]!.x1).toBeGreaterThan(1180);
  });

  it('does not take a line of big bold type for one: its strokes are ink with paper between them', async () => {
    const p = page();
    // A line of bold digits 0.15 in tall: black strokes and bars, paper inside and between them.
    fill(p, 300, 600, 1200, 645, (x, y) => (x % 15 < 7 || (y - 600) % 22 < 5 ? 20 : 240));
    expect(await graphiteStrips(p, 300)).toEqual([]);
  });
});
