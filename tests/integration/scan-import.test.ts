import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossier, type Dossier } from '../corpus/dossier';
import { pagesToPdf } from '../corpus/generate';
import { createEngine } from '../../main/engine/engine';
import type { Engine, ScanImportReport } from '../../main/engine/engine.types';

const BIN = join(__dirname, '..', '..', 'bin', 'sohoa.js');
let dir: string;
let inbox: string;
let engine: Engine;
let report: ScanImportReport;
let typed: Dossier;
let folder: Dossier;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-scan-'));
  inbox = join(dir, 'inbox');
  mkdirSync(join(inbox, 'dossier-b'), { recursive: true });
  const options = { handwriting: 0, stamp: 0 } as const;
  typed = await generateDossier(101, options);
  folder = await generateDossier(102, options);
  writeFileSync(join(inbox, 'dossier-a.pdf'), await pagesToPdf(typed.pages, 'jpeg'));
  folder.pages.forEach((page, i) => writeFileSync(join(inbox, 'dossier-b', `page-${i + 1}.jpg`), page));
  writeFileSync(join(inbox, 'empty.jpg'), Buffer.alloc(0));
  writeFileSync(join(inbox, 'notes.pdf'), 'Biên bản bàn giao hồ sơ — this is a text file, not a PDF.\n');
  writeFileSync(join(inbox, 'cut.jpg'), typed.pages[0]!.subarray(0, 20_000));
  engine = await createEngine({ dbPath: join(dir, 'station.db'), ocrWorkers: 1 });
  report = await engine.scan.import({ paths: [inbox] });
}, 300_000);

afterAll(async () => {
  await engine?.close();
});

describe('scan import', () => {
  it('makes one dossier per PDF, per folder of pages and per loose file, junk included', () => {
    expect(report.created).toHaveLength(5);
    const bySource = new Map(engine.dossiers.all().map((d) => [d.source.map((s) => s.split('/').pop()).join(','), d]));
    expect(bySource.get('dossier-a.pdf')).toMatchObject({ pages: 2, status: 'needs_review', error: null });
    expect(bySource.get('dossier-b')).toMatchObject({ pages: 2, status: 'needs_review' });
    for (const junk of ['empty.jpg', 'notes.pdf', 'cut.jpg']) {
      const d = bySource.get(junk)!;
      expect(d.status).toBe('failed');
      expect(d.error).toContain(junk);
      expect(d.error!.split('\n')).toHaveLength(1);
    }
  });

  it('reads plate, chassis and engine exactly from typed dossiers', () => {
    for (const [name, truth] of [
      ['dossier-a.pdf', typed.truth],
      ['dossier-b', folder.truth],
    ] as const) {
      const d = engine.dossiers.all().find((x) => x.source[0]!.endsWith(name))!;
      expect(d.fields.plate?.value).toBe(truth.plate);
      expect(d.fields.chassis?.value).toBe(truth.chassis);
      expect(d.fields.engine?.value).toBe(truth.engine);
      expect(d.fields.plate?.confidence).toBeGreaterThan(0);
    }
  });

  it('prints dossiers list --json as CLI.md specifies', async () => {
    const r = spawnSync(process.execPath, [BIN, 'dossiers', 'list', '--json', '--db', join(dir, 'station.db')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list).toHaveLength(5);
    for (const d of list) {
      expect(Object.keys(d).sort()).toEqual(['box', 'error', 'fields', 'flags', 'id', 'kind', 'pages', 'record_id', 'source', 'status']);
      expect(Object.keys(d.fields).sort()).toEqual(
        ['address', 'brand', 'chassis', 'color', 'engine', 'model', 'owner_id', 'owner_name', 'plate', 'registered_on'],
      );
      expect(d.source[0]).toMatch(/^\//);
    }
  });
  it('pages come with upright thumbnails and the list pages newest first by status', async () => {
    const a = engine.dossiers.all().find((x) => x.source[0]!.endsWith('dossier-a.pdf'))!;
    const pages = await engine.dossiers.pages({ id: a.id });
    expect(pages.map((p) => [p.pageNo, p.state, p.kind])).toEqual([
      [0, 'done', 'declaration'],
      [1, 'done', 'certificate'],
    ]);
    expect(pages[0]!.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
    const failed = engine.dossiers.list({ offset: 0, limit: 10, status: 'failed' });
    expect(failed.total).toBe(3);
    expect(failed.rows.map((r) => r.id)).toEqual([...failed.rows.map((r) => r.id)].sort().reverse());
  });

  it('never imports the same content twice; broken files are tried again', async () => {
    const good = engine.dossiers.all().filter((d) => d.status !== 'failed').map((d) => d.id).sort();
    const again = await engine.scan.import({ paths: [inbox] });
    expect(again.duplicates.map((d) => d.dossier).sort()).toEqual(good);
    // Unreadable content is not remembered, so a fixed re-scan under the same name is not refused.
    expect(again.created).toHaveLength(3);
    expect(engine.dossiers.all().filter((d) => d.status !== 'failed').map((d) => d.id).sort()).toEqual(good);
  });
});
