import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/database';
import { ExportRepo } from '../../../main/engine/db/export.repo';
import { BatchFolder, batchTarget, isPartialOf } from '../../../main/engine/export/batch-writer';
import { MANIFEST_FORMAT, MANIFEST_JSON, MANIFEST_SIG, manifestCsv, manifestJson, type Manifest } from '../../../main/engine/export/manifest';
import { signBytes, stationKey } from '../../../main/engine/export/station-key';
import { verifyBatch as verifyWith } from '../../../main/engine/export/verify-batch';

/** The key the last batch written here was signed with: the station's own, for these tests. */
let stationPublicKey: string | null = null;
const verifyBatch = (dir: string): ReturnType<typeof verifyWith> => verifyWith(dir, { stationKey: stationPublicKey, recordedManifest: () => null });

async function writeBatch(out: string): Promise<string> {
  const repo = new ExportRepo(openDatabase(':memory:'));
  const key = stationKey(repo, null);
  stationPublicKey = key.publicKey;
  expect(stationKey(repo, null).publicKey).toBe(key.publicKey); // made once, then kept
  const target = await batchTarget(out, 'batch-x');
  const folder = await BatchFolder.create(target);
  await folder.add('dossiers/DS000001.pdf', Buffer.from('%PDF-1.7 one'));
  await folder.add('dossiers/DS000002.pdf', Buffer.from('%PDF-1.7 two'));
  const dossiers = [1, 2].map((n) => ({
    id: `DS00000${n}`, record_id: `HS10000${n}`, pages: 1, file: `dossiers/DS00000${n}.pdf`,
    values: { plate: '29A-123.45', chassis: null, engine: null, owner_name: 'Nguyễn Thị Hương', owner_id: null, address: 'Hà Nội, "Đống Đa"', brand: null, model: null, color: null, registered_on: null },
    corrections: [{ field: 'plate', action: 'take-scan', value: '29A-123.45', record_value: '29A-123.46', scan_value: '29A-123.45', user: 'lan', at: '2025-01-01T00:00:00Z', reason: null }],
  }));
  await folder.add('manifest.csv', manifestCsv(dossiers, folder.files));
  const manifest: Manifest = {
    format: MANIFEST_FORMAT, batch: 'x', station: 'S', created_at: 'now', created_by: 'thu', reexport: false,
    signature: { algorithm: 'Ed25519', public_key: key.publicKey, key_id: key.keyId, file: MANIFEST_SIG }, dossiers, files: [...folder.files],
  };
  const json = manifestJson(manifest);
  await folder.add(MANIFEST_JSON, json, false);
  await folder.add(MANIFEST_SIG, Buffer.from(signBytes(key, json)), false);
  await folder.commit();
  return target;
}

describe('batch folder and verification', () => {
  it('writes atomically into a new folder and verifies intact', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sohoa-batch-'));
    const dir = await writeBatch(join(parent, 'out'));
    expect(dir).toBe(join(parent, 'out'));
    expect(readdirSync(parent)).toEqual(['out']); // no temporary folder left beside it
    const verdict = await verifyBatch(dir);
    expect(verdict).toMatchObject({ ok: true, dossiers: 2, files: 3, problems: [] });
    const csv = readFileSync(join(dir, 'manifest.csv'), 'utf8');
    expect(csv.startsWith('\ufeffdossier,record_id')).toBe(true);
    expect(csv).toContain('"Hà Nội, ""Đống Đa"""');
  });

  it('writes into a new subfolder when the chosen folder already holds files', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sohoa-batch-'));
    writeFileSync(join(parent, 'other.txt'), 'x');
    const dir = await writeBatch(parent);
    expect(dir).toBe(join(parent, 'batch-x'));
    // Never a batch inside a batch: the outer one would no longer verify.
    await expect(batchTarget(dir, 'batch-y')).rejects.toThrow(/already holds a batch/);
  });

  it('reports every file problem at once, each naming its file', async () => {
    const dir = await writeBatch(join(mkdtempSync(join(tmpdir(), 'sohoa-batch-')), 'out'));
    writeFileSync(join(dir, 'dossiers', 'DS000001.pdf'), '%PDF-1.7 onE');
    rmSync(join(dir, 'dossiers', 'DS000002.pdf'));
    writeFileSync(join(dir, 'dossiers', 'DS000003.pdf'), 'added');
    const verdict = await verifyBatch(dir);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems.map((p) => [p.kind, p.path])).toEqual([
      ['altered', 'dossiers/DS000001.pdf'],
      ['missing', 'dossiers/DS000002.pdf'],
      ['extra', 'dossiers/DS000003.pdf'],
    ]);
  });

  it('stops at an edited manifest: its files are not worth hashing', async () => {
    const dir = await writeBatch(join(mkdtempSync(join(tmpdir(), 'sohoa-batch-')), 'out'));
    writeFileSync(join(dir, 'dossiers', 'DS000001.pdf'), '%PDF-1.7 onE');
    const manifest = readFileSync(join(dir, MANIFEST_JSON), 'utf8');
    writeFileSync(join(dir, MANIFEST_JSON), manifest.replace('"created_by": "thu"', '"created_by": "eve"'));
    const verdict = await verifyBatch(dir);
    expect(verdict.problems.map((p) => [p.kind, p.path])).toEqual([['signature', MANIFEST_JSON]]);
    expect(verdict.checks).toEqual({ signature: false, key: null, recorded: null, files: null });
  });

  it('refuses a folder without manifest or signature, and one whose signature is garbage', async () => {
    const dir = await writeBatch(join(mkdtempSync(join(tmpdir(), 'sohoa-batch-')), 'out'));
    writeFileSync(join(dir, MANIFEST_SIG), 'bm90IGEgc2lnbmF0dXJl');
    expect((await verifyBatch(dir)).problems.map((p) => p.kind)).toEqual(['signature']);
    rmSync(join(dir, MANIFEST_SIG));
    expect((await verifyBatch(dir)).problems.map((p) => `${p.kind} ${p.path}`)).toEqual([`missing ${MANIFEST_SIG}`]);
    rmSync(join(dir, MANIFEST_JSON));
    expect((await verifyBatch(dir)).problems[0]!.message).toMatch(/manifest\.json is missing/);
    await expect(verifyBatch(join(dir, 'nowhere'))).rejects.toThrow(/is not a batch folder/);
  });

  it('abandoning a batch leaves nothing behind', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sohoa-batch-'));
    const folder = await BatchFolder.create(join(parent, 'b'));
    await folder.add('dossiers/DS000001.pdf', Buffer.from('x'));
    await folder.abandon();
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(join(parent, 'b'))).toBe(false);
  });

  it('clears what an export killed over an hour ago left behind, but not one that may still be running', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sohoa-batch-'));
    const stale = join(parent, '.batch-old.1234abcd.partial');
    const fresh = join(parent, '.batch-now.5678abcd.partial');
    mkdirSync(join(stale, 'dossiers'), { recursive: true });
    mkdirSync(fresh);
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    const folder = await BatchFolder.create(join(parent, 'b'));
    await folder.abandon();
    expect(readdirSync(parent)).toEqual(['.batch-now.5678abcd.partial']);
  });

  it('never writes a file whose name climbs out of the batch', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sohoa-batch-'));
    const folder = await BatchFolder.create(join(parent, 'b'));
    for (const name of ['../outside.pdf', 'dossiers/../../outside.pdf', '']) {
      await expect(folder.add(name, Buffer.from('x'))).rejects.toThrow(/stay inside the batch/);
    }
    expect(readdirSync(parent).filter((n) => !n.endsWith('.partial'))).toEqual([]);
    await folder.abandon();
  });

  it('recognises only the hidden folder a batch is written in as its leftovers', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sohoa-batch-'));
    const target = join(parent, 'batch-1');
    const folder = await BatchFolder.create(target);
    expect(isPartialOf(folder.temp, target)).toBe(true);
    await folder.abandon();
    for (const other of [parent, join(parent, 'batch-1'), join(parent, '.batch-2.1234abcd.partial'), join(tmpdir(), '.batch-1.1234abcd.partial'), join(parent, '.batch-1.1234abcd.partial', '..')]) {
      expect(isPartialOf(other, target), other).toBe(false);
    }
  });
});
