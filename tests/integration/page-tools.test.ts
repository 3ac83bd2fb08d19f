import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossier, type Dossier } from '../corpus/dossier';
import { pagesToPdf } from '../corpus/generate';
import { createEngine } from '../../main/engine/engine';
import type { DossierView, Engine, PageView } from '../../main/engine/engine.types';

let dir: string;
let engine: Engine;
let dossier: Dossier;
let id: string;
let upright: string;

/** Waits until the background queue has analysed the dossier's pages again and fused it. */
async function settled(dossierId: string, timeoutMs = 150_000): Promise<{ view: DossierView; pages: PageView[] }> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const view = engine.dossiers.all().find((d) => d.id === dossierId)!;
    const pages = await engine.dossiers.pages({ id: dossierId });
    if (view.status !== 'processing' && pages.every((p) => p.state !== 'queued')) return { view, pages };
    if (Date.now() > until) throw new Error(`${dossierId} is still processing`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function history(): { event: string; page_no: number; image_path: string; readings: string; restored_at: string | null }[] {
  const db = new Database(join(dir, 'station.db'), { readonly: true });
  try {
    return db.prepare('SELECT event, page_no, image_path, readings, restored_at FROM page_history ORDER BY id').all() as ReturnType<typeof history>;
  } finally {
    db.close();
  }
}

function expectFieldsRight(view: DossierView): void {
  expect(view.fields.plate?.value).toBe(dossier.truth.plate);
  expect(view.fields.chassis?.value).toBe(dossier.truth.chassis);
  expect(view.fields.engine?.value).toBe(dossier.truth.engine);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-pages-'));
  dossier = await generateDossier(301, { handwriting: 0, stamp: 0 });
  // The declaration was fed upside down; the clerk will turn it.
  const flipped = await sharp(dossier.pages[0]!).rotate(180).jpeg({ quality: 92 }).toBuffer();
  writeFileSync(join(dir, 'hồ sơ.pdf'), await pagesToPdf([flipped, dossier.pages[1]!], 'jpeg'));
  upright = join(dir, 'rescan.jpg');
  writeFileSync(upright, dossier.pages[0]!);
  engine = await createEngine({ dbPath: join(dir, 'station.db'), ocrWorkers: 1 });
  const report = await engine.scan.import({ paths: [join(dir, 'hồ sơ.pdf')] });
  id = report.created[0]!;
}, 300_000);

afterAll(async () => {
  await engine?.close();
});

describe('page tools', () => {
  it('imports the upside-down page and reads it', async () => {
    const { view, pages } = await settled(id);
    expect(pages.map((p) => p.kind)).toEqual(['declaration', 'certificate']);
    expect(pages[0]).toMatchObject({ rotation: 180, userRotation: 0 });
    expectFieldsRight(view);
  });

  it('rotates a page: it is queued at once, analysed again with the turn applied, fields still right', async () => {
    const pages = await engine.dossiers.rotatePage({ id, pageNo: 0, quarterTurns: 2 });
    expect(pages[0]).toMatchObject({ state: 'queued', userRotation: 180, rotation: null, kind: null });
    expect(engine.dossiers.all()[0]!.status).toBe('processing');
    const after = await settled(id);
    // The clerk's half turn made the page upright, so the analysis found nothing more to turn: together the
    // rotation that makes the page as scanned upright is still 180°.
    expect(after.pages[0]).toMatchObject({ state: 'done', kind: 'declaration', userRotation: 180, rotation: 180 });
    expect(after.view.status).toBe('needs_review');
    expectFieldsRight(after.view);
  }, 200_000);

  it('moves a page: numbers change atomically, nothing is analysed again', async () => {
    const pages = await engine.dossiers.movePage({ id, pageNo: 1, toPageNo: 0 });
    expect(pages.map((p) => [p.pageNo, p.kind, p.state])).toEqual([
      [0, 'certificate', 'done'],
      [1, 'declaration', 'done'],
    ]);
    const back = await engine.dossiers.movePage({ id, pageNo: 0, toPageNo: 1 });
    expect(back.map((p) => p.kind)).toEqual(['declaration', 'certificate']);
    expectFieldsRight(engine.dossiers.all()[0]!);
  });

  it('removes a page into the history with its readings, fuses again, and restores it', async () => {
    const pages = await engine.dossiers.removePage({ id, pageNo: 1 });
    expect(pages.map((p) => p.kind)).toEqual(['declaration']);
    const view = engine.dossiers.all()[0]!;
    expect(view).toMatchObject({ pages: 1, status: 'needs_review' });
    expect(view.fields.plate?.value).toBe(dossier.truth.plate);
    const removed = history().find((h) => h.event === 'removed')!;
    expect(removed.page_no).toBe(1);
    expect(JSON.parse(removed.readings).length).toBeGreaterThan(0);
    expect(existsSync(removed.image_path)).toBe(true);

    const restored = await engine.dossiers.restorePage({ id });
    expect(restored.pageNo).toBe(1);
    expect(restored.pages.map((p) => p.state)).toEqual(['done', 'queued']);
    const after = await settled(id);
    expect(after.pages.map((p) => p.kind)).toEqual(['declaration', 'certificate']);
    expect(after.view.pages).toBe(2);
    expectFieldsRight(after.view);
    expect(history().find((h) => h.event === 'removed')!.restored_at).not.toBeNull();
    expect((await engine.dossiers.restorePage({ id })).pageNo).toBeNull();
  }, 200_000);

  it('replaces a page with a re-scan, keeping the old image in the history', async () => {
    const before = history().length;
    const pages = await engine.dossiers.replacePage({ id, pageNo: 0, file: upright });
    expect(pages[0]).toMatchObject({ state: 'queued', userRotation: 0 });
    const after = await settled(id);
    expect(after.pages[0]).toMatchObject({ state: 'done', kind: 'declaration', rotation: 0, userRotation: 0 });
    expectFieldsRight(after.view);
    const replaced = history().slice(before);
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatchObject({ event: 'replaced', page_no: 0 });
    expect(existsSync(replaced[0]!.image_path)).toBe(true);
    expect(JSON.parse(replaced[0]!.readings).length).toBeGreaterThan(0);
  }, 200_000);

  it('refuses with one clear sentence', async () => {
    await expect(engine.dossiers.rotatePage({ id: 'DS999999', pageNo: 0, quarterTurns: 1 })).rejects.toThrow('There is no dossier DS999999.');
    await expect(engine.dossiers.rotatePage({ id, pageNo: 7, quarterTurns: 1 })).rejects.toThrow(`Dossier ${id} has no page 8.`);
    await expect(engine.dossiers.movePage({ id, pageNo: 0, toPageNo: 5 })).rejects.toThrow(`Dossier ${id} has pages 1 to 2; a page cannot go to position 6.`);
    const junk = join(dir, 'notes.pdf');
    writeFileSync(junk, 'not a scan');
    await expect(engine.dossiers.replacePage({ id, pageNo: 0, file: junk })).rejects.toThrow(/notes\.pdf is named like a PDF but is not one/);
    await engine.dossiers.removePage({ id, pageNo: 1 });
    await expect(engine.dossiers.removePage({ id, pageNo: 0 })).rejects.toThrow(`Page 1 is the only page of dossier ${id}; re-scan it instead of removing it.`);

    const db = new Database(join(dir, 'station.db'));
    db.prepare("UPDATE dossiers SET status = 'exported' WHERE id = ?").run(id);
    db.close();
    const exported = `Dossier ${id} has already been exported, so its pages can no longer be changed.`;
    await expect(engine.dossiers.rotatePage({ id, pageNo: 0, quarterTurns: 1 })).rejects.toThrow(exported);
    await expect(engine.dossiers.movePage({ id, pageNo: 0, toPageNo: 0 })).rejects.toThrow(exported);
    await expect(engine.dossiers.replacePage({ id, pageNo: 0, file: upright })).rejects.toThrow(exported);
    await expect(engine.dossiers.restorePage({ id })).rejects.toThrow(exported);
    expect((await engine.dossiers.pages({ id })).map((p) => p.state)).toEqual(['done']);
  });
});
