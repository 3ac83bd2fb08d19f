import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FAMILIES, familyByName } from '../../corpus/families/index';
import { mergeTiffPages } from '../../corpus/tiff-merge';
import { paperDate } from '../../corpus/records';
import type { FamilyDossier } from '../../corpus/families/types';
import { CLEAN_SHEET, scanRaster } from '../../corpus/families/scan';
import { createRng } from '../../corpus/rng';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** How the paper prints a truth value (dates as dd/mm/yyyy; case aside). */
const printed = (field: string, value: string): string => (field === 'registered_on' ? paperDate(value) : value).toLocaleUpperCase('vi');

/** Share of dark pixels inside a box of a clean page. */
async function ink(page: Buffer, box: { x: number; y: number; w: number; h: number }): Promise<number> {
  const { data } = await sharp(page).extract({ left: box.x, top: box.y, width: Math.max(1, box.w), height: Math.max(1, box.h) }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return data.reduce((n, v) => n + (v < 140 ? 1 : 0), 0) / data.length;
}

describe('layout families', () => {
  it('registers every layout the issue names, each with dev and held-out splits', () => {
    expect(FAMILIES.map((f) => f.name).sort()).toEqual(['bilingual', 'certificate', 'classic', 'dkx10', 'table', 'under']);
  });

  it('makes the same dossier from the same seed, and another from another seed', async () => {
    const f = familyByName('dkx10');
    const a = await f.generate(3, 'dev');
    const b = await f.generate(3, 'dev');
    const c = await f.generate(4, 'dev');
    expect(a.pages.map(sha)).toEqual(b.pages.map(sha));
    expect(a.meta).toEqual(b.meta);
    expect(a.truth).toEqual(b.truth);
    expect(c.pages.map(sha)).not.toEqual(a.pages.map(sha));
    expect(c.truth.chassis).not.toBe(a.truth.chassis);
  });

  for (const [name, seed] of [['dkx10', 5], ['bilingual', 6], ['certificate', 9]] as const) {
    it(`${name}: every field on paper is printed in a value box that holds ink, and non-form pages hold none`, async () => {
      const d: FamilyDossier = await familyByName(name).generate(seed, 'dev', { clean: true });
      const boxes = d.meta.pages.flatMap((p, page) => p.boxes.map((b) => ({ ...b, page })));
      for (const field of d.meta.onPaper) {
        const mine = boxes.filter((b) => b.field === field);
        expect(mine.length, `${field} has no box`).toBeGreaterThan(0);
        // An ID may be printed in groups ("086 202 355"): it is the same number.
        for (const b of mine) expect(b.text.toLocaleUpperCase('vi').replace(field === 'owner_id' ? /[ .]/g : /^$/, '')).toBe(printed(field, d.truth[field]));
      }
      for (const b of boxes) {
        const page = d.meta.pages[b.page]!;
        expect(b.box.x + b.box.w).toBeLessThanOrEqual(page.width);
        expect(b.box.y + b.box.h).toBeLessThanOrEqual(page.height);
        expect(await ink(d.pages[b.page]!, b.box), `${b.field} box is blank`).toBeGreaterThan(0.02);
      }
      for (const p of d.meta.pages) if (['invoice', 'id_copy', 'blank'].includes(p.kind)) expect(p.boxes).toEqual([]);
      if (name === 'bilingual') expect(d.truth.owner_id).toMatch(/^\d{9}$/);
      if (name === 'dkx10') expect(d.truth.owner_id).toMatch(/^0\d{11}$/);
      if (name === 'certificate') expect(d.meta.onPaper).not.toContain('owner_id');
    });
  }

  it('makes non-form dossiers with nothing on paper to read', async () => {
    const d = await familyByName('nonform').generate(2, 'dev');
    expect(d.meta.onPaper).toEqual([]);
    expect(d.pages.length).toBeGreaterThan(0);
    for (const p of d.meta.pages) {
      expect(['invoice', 'id_copy', 'blank']).toContain(p.kind);
      expect(p.boxes).toEqual([]);
    }
  });

  it('joins bi-level G4 pages of different sizes into one multi-page TIFF', async () => {
    const g4 = (w: number, h: number): Promise<Buffer> => {
      const raw = Buffer.alloc(w * h, 255).fill(0, 0, w * 10);
      return sharp(raw, { raw: { width: w, height: h, channels: 1 } }).toColourspace('b-w')
        .tiff({ compression: 'ccittfax4', bitdepth: 1, predictor: 'none', xres: 300 / 25.4, yres: 300 / 25.4 }).toBuffer();
    };
    const tiff = mergeTiffPages([await g4(600, 800), await g4(800, 600)]);
    expect((await sharp(tiff).metadata()).pages).toBe(2);
    const meta = await sharp(tiff, { page: 1 }).metadata();
    expect([meta.width, meta.height, meta.channels, meta.space]).toEqual([800, 600, 1, 'b-w']);
    const second = await sharp(tiff, { page: 1 }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    expect(second.data[0]).toBe(0);
    expect(second.data[800 * 300]).toBe(255);
  });

  it('feeds a bi-level sheet turned in any direction as the whole page, not a striped part of it', async () => {
    // A black square in the top-left corner of a white sheet: after the scanner's turn, it must sit in the corner
    // the turn takes it to, and the sheet keeps its ink (a misread channel count stretched a third of the page).
    const width = 240;
    const height = 160;
    const data = Buffer.alloc(width * height * 3, 255);
    for (let y = 0; y < 40; y++) data.fill(0, (y * width) * 3, (y * width + 40) * 3);
    for (const rotation of [90, 180, 270] as const) {
      const sheet = await scanRaster({ data, width, height, boxes: [] }, { dpi: 300, mode: 'bilevel' }, { ...CLEAN_SHEET, rotation }, createRng(1));
      const { data: px, info } = await sharp(sheet.image).greyscale().raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual(rotation === 180 ? [width, height] : [height, width]);
      const dark = (x: number, y: number): boolean => px[y * info.width + x]! < 128;
      const corner = { 90: [info.width - 20, 20], 180: [info.width - 20, info.height - 20], 270: [20, info.height - 20] }[rotation];
      expect(dark(corner[0]!, corner[1]!), `${rotation}°: the square is not where the turn puts it`).toBe(true);
      expect(px.filter((v) => v < 128).length, `${rotation}°: ink lost or added`).toBe(1600);
    }
  });
});
