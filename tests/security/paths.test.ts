/**
 * File names that reach the engine cannot make it write or read outside where it must: originals are archived
 * under their content's SHA-256 (the scanned file's name plays no part in where it goes), and a batch being
 * verified cannot point the verifier at files outside its own folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync, sign } from 'node:crypto';
import { MANIFEST_FORMAT } from '../../main/engine/export/manifest';
import { verifyBatch } from '../../main/engine/export/verify-batch';
import { archiveOriginal, archivePath } from '../../main/engine/intake/archive';

const inside = (root: string, path: string): boolean => !relative(root, path).startsWith('..') && !relative(root, path).startsWith('/');

describe('the archive of originals is content-addressed', () => {
  it('a hostile extension or hash cannot leave the archive folder', () => {
    const archive = '/station/archive';
    for (const ext of ['../../etc/cron.d/x', '..', '/abs', 'pdf/../../..', '.\u0000jpg']) {
      const path = archivePath(archive, 'ab'.repeat(32), ext);
      expect(inside(archive, path), path).toBe(true);
      expect(path).toMatch(/^\/station\/archive\/ab\/(ab){32}\.[a-z0-9]+$/);
    }
  });

  it('a scanned file with a traversal-looking name is stored under its hash, beside nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-traversal-'));
    const inbox = join(dir, 'inbox');
    const archive = join(dir, 'archive');
    mkdirSync(inbox);
    const bytes = Buffer.from('not really a scan');
    const file = join(inbox, '..%2F..%2Fetc%2Fpasswd..pdf');
    writeFileSync(file, bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const stored = await archiveOriginal(file, archive);
    expect(stored.sha256).toBe(sha);
    expect(stored.path).toBe(join(archive, sha.slice(0, 2), `${sha}.pdf`));
    expect(readdirSync(dir).sort()).toEqual(['archive', 'inbox']);
  });
});

describe('batch verify stays inside the batch folder', () => {
  it('a manifest listing files outside the folder is reported, never trusted', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sohoa-batch-traversal-'));
    writeFileSync(join(root, 'secret.txt'), 'outside the batch');
    const batch = join(root, 'batch');
    mkdirSync(batch);
    const hostile = ['../secret.txt', '/etc/hostname', 'dossiers/../../secret.txt', '..\\secret.txt'];
    // Signed by the station's own key, so verify goes as far as the file list.
    const pair = generateKeyPairSync('ed25519');
    const publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const manifest = { format: MANIFEST_FORMAT, batch: 'b', dossiers: [], signature: { algorithm: 'Ed25519', public_key: publicKey, key_id: 'x', file: 'manifest.sig' }, files: hostile.map((path) => ({ path, bytes: 17, sha256: '0'.repeat(64) })) };
    const json = Buffer.from(JSON.stringify(manifest));
    writeFileSync(join(batch, 'manifest.json'), json);
    writeFileSync(join(batch, 'manifest.sig'), sign(null, json, pair.privateKey).toString('base64'));
    const verdict = await verifyBatch(batch, { stationKey: publicKey, recordedManifest: () => null });
    expect(verdict.checks).toMatchObject({ signature: true, key: 'station' });
    expect(verdict.ok).toBe(false);
    for (const path of hostile) {
      expect(verdict.problems.map((p) => p.message)).toContain(`manifest.json lists a file outside the batch folder (${path}).`);
    }
  });
});
