import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossier } from '../corpus/dossier';
import { generateCorpusRecord } from '../corpus/records';
import { recordsCsv, stationRecordsFor } from '../corpus/discrepancies';
import { pagesToPdf } from '../corpus/generate';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';
import { openDatabase } from '../../main/engine/db/database';
import { ExportRepo } from '../../main/engine/db/export.repo';
import { diskIo, type BatchIo } from '../../main/engine/export/batch-writer';
import { hasPdftotext, wordRecovery } from '../unit/export/pdftotext';
import { runSohoa } from '../fixtures/sohoa-cli';

const LEAD = { name: 'thu', password: 'lead-pass-123' };
let dir: string;
let dbPath: string;
let engine: Engine;
let ids: string[];

function sohoa(args: string[], password = LEAD.password): { code: number; stdout: string; stderr: string } {
  const r = runSohoa(args, { db: dbPath, password });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A folder even root cannot write into: the immutable flag where chattr works, else plain permissions. */
function readOnlyFolder(path: string): () => void {
  mkdirSync(path);
  chmodSync(path, 0o555);
  let immutable = false;
  if (process.getuid?.() === 0) {
    try {
      execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
      immutable = true;
    } catch {
      // Not possible on this file system: the test below checks writability itself.
    }
  }
  return () => {
    if (immutable) execFileSync('chattr', ['-i', path], { stdio: 'ignore' });
    chmodSync(path, 0o755);
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-export-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const truths = [0, 1, 2].map((i) => generateCorpusRecord(900 + i));
  const { records } = stationRecordsFor(truths, 9, ['clean', 'slip', 'clean']);
  writeFileSync(join(dir, 'records.csv'), recordsCsv(records));
  for (const [i, truth] of truths.entries()) {
    const d = await generateDossier(900 + i, { record: truth, handwriting: 0, stamp: 0 });
    writeFileSync(join(inbox, `dossier-${i}.pdf`), await pagesToPdf(d.pages, 'jpeg'));
  }
  dbPath = join(dir, 'station.db');
  engine = await createEngine({ dbPath, ocrWorkers: 1, station: 'Công an phường Đống Đa' });
  await engine.records.import({ files: [join(dir, 'records.csv')] });
  await engine.scan.import({ paths: [inbox] });
  await engine.users.add({ name: LEAD.name, role: 'lead', password: LEAD.password, asOwner: true });
  await engine.users.add({ name: 'lan', role: 'officer', password: 'officer-pass-1', asOwner: true });
  // The officer settles every flag: the paper is right.
  await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
  for (const d of engine.dossiers.all()) {
    for (const f of d.flags) await engine.review.decide({ dossier: d.id, field: f.field, action: 'take-scan', reason: 'checked against the paper' });
  }
  ids = engine.dossiers.all().map((d) => d.id);
}, 600_000);

afterAll(async () => {
  await engine?.close();
});

describe('export refusals leave every dossier exportable', () => {
  it('only resolved dossiers are offered, and only a lead may export', async () => {
    expect(engine.dossiers.all().map((d) => d.status)).toEqual(['resolved', 'resolved', 'resolved']);
    expect(engine.export.preview().dossiers.map((d) => d.id)).toEqual(ids);
    await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
    await expect(engine.export.run({ out: join(dir, 'by-officer') })).rejects.toThrow(/lan is a officer: only leads can export batches/);
    const cli = sohoa(['export', '--out', join(dir, 'by-officer'), '--user', 'lan'], 'officer-pass-1');
    expect(cli.code).toBe(1);
    expect(cli.stderr.trim()).toMatch(/only leads can export batches\.$/);
    expect(existsSync(join(dir, 'by-officer'))).toBe(false);
  });

  it('a read-only output folder is refused with one sentence and nothing is written', () => {
    const locked = join(dir, 'locked');
    const unlock = readOnlyFolder(locked);
    try {
      const probe = spawnSync('touch', [join(locked, 'probe')]);
      if (probe.status === 0) return; // cannot make a read-only folder here
      const cli = sohoa(['export', '--out', locked, '--user', LEAD.name]);
      expect(cli.code).toBe(2);
      expect(cli.stderr.trim().split('\n')).toEqual([`The folder ${locked} is not writable: choose a folder you may write to.`]);
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      unlock();
    }
    expect(engine.export.preview().dossiers).toHaveLength(3);
  });

  it('a disk that fills up mid-export leaves no batch folder, no partial folder, and the dossiers exportable', async () => {
    let written = 0;
    const fullDisk: BatchIo = {
      async writeFile(path, data) {
        if (++written > 1) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        await diskIo.writeFile(path, data);
      },
    };
    const filling = await createEngine({ dbPath, batchIo: fullDisk });
    const parent = join(dir, 'full-disk');
    mkdirSync(parent);
    try {
      await filling.auth.signIn(LEAD);
      await expect(filling.export.run({ out: join(parent, 'batch') })).rejects.toThrow(
        `The disk holding ${parent} is full: free some space or choose another folder, then export again.`,
      );
    } finally {
      await filling.close();
    }
    expect(readdirSync(parent)).toEqual([]);
    expect(engine.export.preview().dossiers.map((d) => d.id)).toEqual(ids);
    expect(engine.export.batches({ offset: 0, limit: 10 }).total).toBe(0);
  });
});

describe('a batch exported from the command line', () => {
  let batch: string;

  beforeAll(() => {
    const out = join(dir, 'batches', 'first');
    const cli = sohoa(['export', '--out', out, '--user', LEAD.name, '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    // Progress goes to stderr (CLI.md); nothing else does.
    expect(cli.stderr.split('\n').filter((l) => l && !l.startsWith('Exporting '))).toEqual([]);
    const result = JSON.parse(cli.stdout);
    expect(result).toMatchObject({ dir: out, dossiers: ids, pages: expect.any(Number) });
    batch = result.dir;
  }, 120_000);

  it('verifies as intact, holds one PDF per dossier, and is signed with the station key', () => {
    const cli = sohoa(['batch', 'verify', batch]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/is intact: 3 dossiers/);
    expect(readdirSync(join(batch, 'dossiers')).sort()).toEqual(ids.map((id) => `${id}.pdf`));
    const manifest = JSON.parse(readFileSync(join(batch, 'manifest.json'), 'utf8'));
    expect(manifest.signature.public_key).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(manifest.created_by).toBe(LEAD.name);
    const slip = manifest.dossiers.find((d: { corrections: unknown[] }) => d.corrections.length > 0);
    expect(slip.corrections[0]).toMatchObject({ action: 'take-scan', user: 'lan', at: expect.any(String) });
    expect(readFileSync(join(batch, 'manifest.csv'), 'utf8')).toContain(slip.record_id);
    const audit = readFileSync(join(batch, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(audit.some((e) => e.action === 'decide.take-scan' && e.user === 'lan')).toBe(true);
  });

  it('marks the dossiers exported once, records the batch, and refuses new decisions on them', async () => {
    expect(engine.dossiers.all().every((d) => d.status === 'exported')).toBe(true);
    expect(engine.export.batches({ offset: 0, limit: 10 }).rows[0]).toMatchObject({ user: LEAD.name, dossiers: 3, dir: batch, verified_ok: true });
    expect(engine.audit.list({ offset: 0, limit: 5, dossier: ids[0] }).rows[0]).toMatchObject({ action: 'export', user: LEAD.name, after: 'exported' });
    const again = sohoa(['export', '--out', join(dir, 'batches', 'second'), '--user', LEAD.name]);
    expect(again).toMatchObject({ code: 0, stdout: 'There is no resolved dossier waiting for export.\n' });
    await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
    await expect(engine.review.decide({ dossier: ids[0]!, field: 'plate', action: 'set', value: '29A-111.11' })).rejects.toThrow(/has been exported/);
  });

  it.skipIf(!hasPdftotext())('each PDF gives back at least 98% of its OCR words, diacritics intact', () => {
    const db = openDatabase(dbPath, { readonly: true });
    try {
      const repo = new ExportRepo(db);
      for (const d of repo.byIds(ids)) {
        const words = repo.pages(d!.seq).flatMap((p) => p.words.map((w) => w.text));
        const recovery = wordRecovery(words, join(batch, 'dossiers', `${d!.id}.pdf`));
        expect(recovery, d!.id).toBeGreaterThanOrEqual(0.98);
      }
    } finally {
      db.close();
    }
  });

  it('re-export on request writes a second batch of the same dossiers', async () => {
    await engine.auth.signIn({ name: LEAD.name, password: LEAD.password });
    const result = await engine.export.run({ out: join(dir, 'batches'), ids: [ids[0]!], reexport: true });
    expect(result.dir.startsWith(join(dir, 'batches', 'batch-'))).toBe(true);
    expect(result.dossiers).toEqual([ids[0]]);
    expect((await engine.export.verify({ dir: result.dir })).ok).toBe(true);
  });

  it('batch verify names every flipped byte, removed page, added file and edited manifest, and exits 1', () => {
    const copy = (name: string): string => {
      const target = join(dir, 'tampered', name);
      cpSync(batch, target, { recursive: true });
      return target;
    };
    const flipped = copy('flipped');
    const pdf = join(flipped, 'dossiers', `${ids[1]}.pdf`);
    const bytes = readFileSync(pdf);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    writeFileSync(pdf, bytes);
    const removed = copy('removed');
    rmSync(join(removed, 'dossiers', `${ids[2]}.pdf`));
    const added = copy('added');
    writeFileSync(join(added, 'dossiers', 'extra.pdf'), 'not from the station');
    const edited = copy('edited');
    const manifestPath = join(edited, 'manifest.json');
    writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replace(`"created_by": "${LEAD.name}"`, '"created_by": "mallory"'));

    const expectations: [string, RegExp][] = [
      [flipped, new RegExp(`dossiers/${ids[1]}\\.pdf was altered`)],
      [removed, new RegExp(`dossiers/${ids[2]}\\.pdf is missing`)],
      [added, /dossiers\/extra\.pdf is not part of the batch/],
      [edited, /manifest\.json does not match its signature/],
    ];
    for (const [folder, message] of expectations) {
      const cli = sohoa(['batch', 'verify', folder]);
      expect(cli.code, folder).toBe(1);
      expect(cli.stdout).toMatch(message);
    }
    // All at once: every problem is reported, not just the first.
    const everything = copy('everything');
    appendFileSync(join(everything, 'manifest.csv'), 'x');
    rmSync(join(everything, 'audit.jsonl'));
    writeFileSync(join(everything, 'notes.txt'), 'hello');
    const json = sohoa(['batch', 'verify', everything, '--json']);
    expect(json.code).toBe(1);
    const verdict = JSON.parse(json.stdout);
    expect(verdict.problems.map((p: { kind: string; path: string }) => `${p.kind} ${p.path}`).sort()).toEqual(['altered manifest.csv', 'extra notes.txt', 'missing audit.jsonl']);
  });
});
