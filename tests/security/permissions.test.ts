/**
 * A station's files are its owner's alone: the database and its WAL, the archive of scanned papers, backups,
 * batches and the signing key are created 0600 (folders 0700) by the command line, whatever the umask; a station
 * an older version left open is closed when it is opened; the private key is not in the database or a backup.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { keyFileOf } from '../../main/engine/export/station-key';
import { FIXTURE_ACCOUNTS, seedReviewStation } from '../fixtures/review-station';
import { runSohoa } from '../fixtures/sohoa-cli';

const LEAD = FIXTURE_ACCOUNTS.find((a) => a.role === 'lead')!;
const mode = (path: string): number => statSync(path).mode & 0o777;

/** Every path under `root` (root included) that others than the owner may read, write or enter. */
function openToOthers(root: string): string[] {
  const paths = [root, ...readdirSync(root, { recursive: true, encoding: 'utf8' }).map((p) => join(root, p))];
  return paths.filter((p) => (mode(p) & 0o077) !== 0).map((p) => `${p} ${mode(p).toString(8)}`);
}

describe.skipIf(process.platform === 'win32')('owner-only station files', () => {
  it('scan import, backup and export create every file owner-only, and the private key lives only in its key file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-perm-'));
    const db = join(dir, 'station', 'station.db');
    writeFileSync(join(dir, 'id-copy.png'), await sharp({ create: { width: 700, height: 900, channels: 3, background: '#ffffff' } }).png().toBuffer());
    const scanned = runSohoa(['scan', 'import', join(dir, 'id-copy.png')], { db });
    expect(scanned.code, scanned.stderr).toBe(0);
    expect(openToOthers(join(dir, 'station'))).toEqual([]);
    expect(readdirSync(join(dir, 'station', 'archive')).length).toBeGreaterThan(0);

    expect(runSohoa(['backup', '--out', join(dir, 'backups', 'monday.sohoa-backup')], { db }).code).toBe(0);
    expect(openToOthers(join(dir, 'backups'))).toEqual([]);

    // A station an older version made (here: by the test, with the usual 0644/0755) is closed when opened.
    const older = join(dir, 'older', 'station.db');
    await seedReviewStation(older, { dossiers: 2, cleanShare: 1, seed: 5 });
    chmodSync(older, 0o644);
    const exported = runSohoa(['export', '--out', join(dir, 'batches'), '--user', LEAD.name, '--json'], { db: older, password: LEAD.password });
    expect(exported.code, exported.stderr).toBe(0);
    expect(mode(older)).toBe(0o600);
    expect(openToOthers(join(dir, 'batches'))).toEqual([]);
    expect(mode(keyFileOf(older))).toBe(0o600);
    const pem = readFileSync(keyFileOf(older), 'utf8');
    expect(pem).toMatch(/BEGIN PRIVATE KEY/);
    const body = pem.split('\n')[1]!;
    expect(readFileSync(older).includes(body)).toBe(false);
    const conn = new Database(older, { readonly: true });
    expect(conn.prepare('SELECT private_key FROM station_keys').get()).toEqual({ private_key: '' });
    conn.close();
  }, 180_000);

  it("moves a private key an older version kept in the database out to an owner-only key file, and out of the database's bytes", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-perm-key-'));
    const db = join(dir, 'station.db');
    await seedReviewStation(db, { dossiers: 1, cleanShare: 1, seed: 6 });
    const pair = generateKeyPairSync('ed25519');
    const pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const conn = new Database(db);
    conn.prepare("INSERT INTO station_keys (id, algorithm, public_key, private_key, created_at) VALUES (1, 'Ed25519', ?, ?, 'then')").run(publicKey, pem);
    conn.close();
    const body = pem.split('\n')[1]!;
    expect(readFileSync(db).includes(body)).toBe(true);

    expect(runSohoa(['dossiers', 'list', '--json'], { db }).code).toBe(0);
    expect(readFileSync(keyFileOf(db), 'utf8')).toBe(pem);
    expect(mode(keyFileOf(db))).toBe(0o600);
    expect(readFileSync(db).includes(body)).toBe(false);
    // The batch it signs next carries the same public key: the station keeps its identity.
    const exported = runSohoa(['export', '--out', join(dir, 'batch'), '--user', LEAD.name, '--json'], { db, password: LEAD.password });
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'batch', 'manifest.json'), 'utf8')).signature.public_key).toBe(publicKey);
  }, 120_000);
});
