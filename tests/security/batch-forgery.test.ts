/**
 * `batch verify` against a forged batch: a swapped PDF, changed values, recomputed hashes and a fresh key in the
 * manifest; a manifest re-signed with the station's own (leaked) key; another station's batch with and without
 * its key fingerprint; links to /dev/zero and a FIFO listed in a signed manifest. Every check runs the command
 * line as a user would.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyFileOf } from '../../main/engine/export/station-key';
import { FIXTURE_ACCOUNTS, seedReviewStation } from '../fixtures/review-station';
import { runSohoa, startSohoa, type CliRun } from '../fixtures/sohoa-cli';

const LEAD = FIXTURE_ACCOUNTS.find((a) => a.role === 'lead')!;
let dir: string;
let db: string;
let batch: string;

interface Listed {
  path: string;
  bytes: number;
  sha256: string;
}

const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const verify = (folder: string, extra: string[] = [], station = db): CliRun => runSohoa(['batch', 'verify', folder, '--json', ...extra], { db: station });
function verifiedFlag(): number | null {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT verified_ok FROM batches').get() as { verified_ok: number | null }).verified_ok;
  } finally {
    conn.close();
  }
}

/** Rewrites the manifest with `change`, recomputes the listed hashes, and signs it with `key` (placing its public half). */
function resign(folder: string, key: KeyObject, change: (m: Record<string, unknown>) => void): void {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  change(manifest);
  manifest.files = (manifest.files as Listed[]).map((f) => {
    // Only plain files: a link to /dev/zero would never finish reading.
    const info = lstatSync(join(folder, f.path), { throwIfNoEntry: false });
    if (!info?.isFile()) return f;
    const data = readFileSync(join(folder, f.path));
    return { ...f, bytes: data.length, sha256: sha(data) };
  });
  const publicKey = createPublicKey(key).export({ format: 'der', type: 'spki' }).toString('base64');
  manifest.signature = { ...manifest.signature, public_key: publicKey, key_id: sha(Buffer.from(publicKey, 'base64')).slice(0, 16) };
  const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(folder, 'manifest.json'), json);
  writeFileSync(join(folder, 'manifest.sig'), `${sign(null, json, key).toString('base64')}\n`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-forgery-'));
  db = join(dir, 'station', 'station.db');
  await seedReviewStation(db, { dossiers: 2, cleanShare: 1, seed: 11 });
  const out = join(dir, 'batch');
  const exported = runSohoa(['export', '--out', out, '--user', LEAD.name, '--json'], { db, password: LEAD.password });
  expect(exported.code, exported.stderr).toBe(0);
  batch = JSON.parse(exported.stdout).dir;
}, 180_000);

describe('batch verify trusts only the station, not the batch', () => {
  it('passes the genuine batch, saying it checked the station key and the recorded manifest', () => {
    const r = runSohoa(['batch', 'verify', batch], { db });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/is intact: 2 dossiers, .*signed by this station's own key \([0-9a-f]{16}\) and is the manifest this station recorded when it wrote the batch\.$/m);
    expect(JSON.parse(verify(batch).stdout).checks).toEqual({ signature: true, key: 'station', recorded: true, files: true });
    expect(verifiedFlag()).toBe(1);
  });

  it('refuses a forged batch signed by a fresh key, and never marks the genuine one good again after it was found altered', () => {
    const altered = join(dir, 'altered');
    cpSync(batch, altered, { recursive: true });
    const pdf = readdirSync(join(altered, 'dossiers'))[0]!;
    writeFileSync(join(altered, 'dossiers', pdf), Buffer.concat([readFileSync(join(altered, 'dossiers', pdf)), Buffer.from('%% swapped')]));
    expect(verify(altered).code).toBe(1);
    expect(verifiedFlag()).toBe(0);

    const forged = join(dir, 'forged');
    cpSync(batch, forged, { recursive: true });
    writeFileSync(join(forged, 'dossiers', pdf), '%PDF-1.7 another vehicle');
    resign(forged, generateKeyPairSync('ed25519').privateKey, (m) => {
      const d = (m.dossiers as { values: Record<string, string> }[])[0]!;
      d.values.chassis = 'RLHJF6320BY999999';
      d.values.owner_name = 'Kẻ Giả Mạo';
    });
    const r = verify(forged);
    expect(r.code).toBe(1);
    const verdict = JSON.parse(r.stdout);
    expect(verdict.ok).toBe(false);
    expect(verdict.checks).toMatchObject({ signature: true, key: null });
    expect(verdict.problems).toHaveLength(1);
    expect(verdict.problems[0].message).toMatch(/is signed by key [0-9a-f]{16}, which is not this station's key \([0-9a-f]{16}\)/);
    // Same batch id as the genuine one: its stored verdict is untouched.
    expect(verifiedFlag()).toBe(0);
  });

  it("refuses a manifest other than the recorded one even when signed with the station's own key", () => {
    const replayed = join(dir, 'replayed');
    cpSync(batch, replayed, { recursive: true });
    const stationPrivate = createPrivateKey(readFileSync(keyFileOf(db), 'utf8'));
    resign(replayed, stationPrivate, (m) => {
      (m.dossiers as { values: Record<string, string> }[])[0]!.values.owner_name = 'Người Khác';
    });
    const verdict = JSON.parse(verify(replayed).stdout);
    expect(verdict.checks).toMatchObject({ signature: true, key: 'station', recorded: false });
    expect(verdict.problems.map((p: { message: string }) => p.message)).toEqual([
      expect.stringMatching(/manifest\.json is not the manifest this station recorded when it wrote batch .*: the batch was replaced after the export\.$/),
    ]);
  });

  it("checks another station's batch only against the key fingerprint the user gives", async () => {
    const other = join(dir, 'other', 'station.db');
    await seedReviewStation(other, { dossiers: 1, cleanShare: 1, seed: 12 });
    const keyId = JSON.parse(verify(batch).stdout).key_id as string;
    const unknown = verify(batch, [], other);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).problems[0].message).toMatch(/this station has no signing key to compare it with: give the key fingerprint/);
    const given = runSohoa(['batch', 'verify', batch, '--key', keyId], { db: other });
    expect(given.code, given.stdout).toBe(0);
    expect(given.stdout).toMatch(/signed by the key you gave \([0-9a-f]{16}\); the batch is not in this station's batch history\.$/m);
    expect(runSohoa(['batch', 'verify', batch, '--key', 'ffffffffffffffff'], { db: other }).code).toBe(1);
  }, 120_000);

  it('refuses links and special files without reading them, in bounded time', async () => {
    const crafted = join(dir, 'crafted');
    cpSync(batch, crafted, { recursive: true });
    const pdf = readdirSync(join(crafted, 'dossiers'))[0]!;
    rmSync(join(crafted, 'dossiers', pdf));
    symlinkSync('/dev/zero', join(crafted, 'dossiers', pdf));
    execFileSync('mkfifo', [join(crafted, 'dossiers', 'pipe.pdf')]);
    symlinkSync('/etc/passwd', join(crafted, 'passwd'));
    const stationPrivate = createPrivateKey(readFileSync(keyFileOf(db), 'utf8'));
    // A batch id this station never recorded, so verify goes on to the files.
    resign(crafted, stationPrivate, (m) => {
      m.batch = 'crafted-1';
      (m.files as Listed[]).push({ path: 'dossiers/pipe.pdf', bytes: 10, sha256: '0'.repeat(64) });
      for (const f of m.files as Listed[]) if (f.path === `dossiers/${pdf}`) f.bytes = 1e12;
    });
    // A verify that followed the link would hash /dev/zero forever: it is stopped after a minute and fails.
    const run = startSohoa(['batch', 'verify', crafted, '--json'], { db });
    const stop = setTimeout(() => process.kill(run.pid, 'SIGKILL'), 60_000);
    const r = await run.done;
    clearTimeout(stop);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout).problems as { kind: string; path: string }[]).map((p) => `${p.kind} ${p.path}`).sort();
    expect(problems).toEqual(['unsafe dossiers/pipe.pdf', `unsafe dossiers/${pdf}`, 'unsafe passwd'].sort());
  }, 120_000);
});
