import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { naturalCompare, planDossiers } from '../../../main/engine/intake/plan';
import { renderSeparatorSheet } from '../../../main/engine/intake/separator';
import { textPage } from './fixtures';

let jpg: Buffer;
let png: Buffer;
let pdf: Uint8Array;
let tif: Buffer;
beforeAll(async () => {
  const raw = { raw: { width: 20, height: 30, channels: 1 as const } };
  jpg = await sharp(Buffer.alloc(600, 200), raw).jpeg().toBuffer();
  png = await sharp(Buffer.alloc(600, 90), raw).png().toBuffer();
  tif = await sharp(Buffer.alloc(600, 50), raw).tiff().toBuffer();
  const doc = await PDFDocument.create();
  doc.addPage().drawImage(await doc.embedJpg(jpg));
  pdf = await doc.save();
});

function tree(files: Record<string, Uint8Array | string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sohoa-plan-'));
  for (const [name, data] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (name.endsWith('/')) continue;
    writeFileSync(file, data);
  }
  return root;
}
const rel = (root: string, plans: { source: string[]; files: string[] }[]): { source: string[]; files: string[] }[] =>
  plans.map((p) => ({ source: p.source.map((s) => path.relative(root, s)), files: p.files.map((f) => path.relative(root, f)) }));

describe('what scan import treats as a dossier', () => {
  it('sorts names naturally', () => {
    expect(['page10.jpg', 'page2.jpg', 'Page1.jpg', 'page1a.jpg'].sort(naturalCompare)).toEqual(['Page1.jpg', 'page1a.jpg', 'page2.jpg', 'page10.jpg']);
  });

  it('walks a folder with mixed junk: documents, image folders and loose images are dossiers; non-scans are ignored', async () => {
    const root = tree({
      'b.tif': tif, 'a.pdf': pdf, 'loose10.jpg': jpg, 'loose2.png': png, 'scan007': jpg,
      'notes.txt': 'ghi chú', '.DS_Store': 'x', 'Thumbs.db': 'x', '.hidden.jpg': jpg, 'README': 'đọc tôi', 'desktop.ini': 'x',
      'junk.pdf': 'not a pdf at all', 'empty.jpg': '',
      'HS-0001/page10.jpg': jpg, 'HS-0001/page2.jpg': jpg, 'HS-0001/page1.png': png, 'HS-0001/notes.txt': 'x', 'HS-0001/Thumbs.db': 'x',
      'mixed/x.pdf': pdf, 'mixed/y.jpg': jpg, 'mixed/z.tiff': tif,
      'nested/inner/p1.jpg': jpg, 'nested/inner/p2.jpg': jpg, 'nested/readme.txt': 'x',
      'nothing/': '', 'only-text/a.txt': 'x',
    });
    const { plans, errors } = await planDossiers([root]);
    expect(errors).toEqual([]);
    expect(rel(root, plans)).toEqual([
      { source: ['a.pdf'], files: ['a.pdf'] },
      { source: ['b.tif'], files: ['b.tif'] },
      { source: ['empty.jpg'], files: ['empty.jpg'] },
      { source: ['HS-0001'], files: ['HS-0001/page1.png', 'HS-0001/page2.jpg', 'HS-0001/page10.jpg'] },
      { source: ['junk.pdf'], files: ['junk.pdf'] },
      { source: ['loose2.png'], files: ['loose2.png'] },
      { source: ['loose10.jpg'], files: ['loose10.jpg'] },
      { source: ['mixed/x.pdf'], files: ['mixed/x.pdf'] },
      { source: ['mixed/y.jpg'], files: ['mixed/y.jpg'] },
      { source: ['mixed/z.tiff'], files: ['mixed/z.tiff'] },
      { source: ['nested/inner'], files: ['nested/inner/p1.jpg', 'nested/inner/p2.jpg'] },
      { source: ['scan007'], files: ['scan007'] },
    ]);
    expect(plans.every((p) => p.source.every((s) => path.isAbsolute(s)))).toBe(true);
  });

  it('takes every file argument as one dossier whatever it holds; only a missing path is an error', async () => {
    const root = tree({ 'note.txt': 'hello', 'a.jpg': jpg });
    const { plans, errors } = await planDossiers([path.join(root, 'note.txt'), path.join(root, 'a.jpg'), path.join(root, 'gone.pdf')]);
    expect(rel(root, plans)).toEqual([{ source: ['note.txt'], files: ['note.txt'] }, { source: ['a.jpg'], files: ['a.jpg'] }]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/gone\.pdf does not exist\.$/);
  });

  it('with --stack splits a folder of loose pages at separator sheets, which belong to no dossier', async () => {
    const page = await sharp(await textPage(100, 6)).jpeg({ quality: 70 }).toBuffer();
    const separator = await sharp(await renderSeparatorSheet('Lô 1')).rotate(180).jpeg({ quality: 60 }).toBuffer();
    const root = tree({
      'scan1.jpg': separator, 'scan2.jpg': page, 'scan3.jpg': page, 'scan4.jpg': separator, 'scan5.jpg': separator,
      'scan6.jpg': page, 'scan7.jpg': 'broken', 'scan10.jpg': page, 'scan11.pdf': pdf,
    });
    const { plans } = await planDossiers([root], { stack: true });
    expect(rel(root, plans).map((p) => p.files)).toEqual([
      ['scan11.pdf'], ['scan2.jpg', 'scan3.jpg'], ['scan6.jpg', 'scan7.jpg', 'scan10.jpg'],
    ]);
  });
});
