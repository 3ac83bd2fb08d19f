import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveOriginal, archivePath } from '../../../main/engine/intake/archive';

describe('archive of originals', () => {
  it('keeps the file byte for byte under its hash, once, however often it is archived', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sohoa-archive-'));
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300_000, 7), Buffer.from([0xff, 0xd9])]);
    const file = path.join(dir, 'Scan 001.JPG');
    writeFileSync(file, bytes);
    const archive = path.join(dir, 'archive');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const first = await archiveOriginal(file, archive);
    expect(first).toEqual({ path: archivePath(archive, sha, 'jpg'), sha256: sha, bytes: bytes.length });
    expect(first.path).toBe(path.join(archive, sha.slice(0, 2), `${sha}.jpg`));
    expect(readFileSync(first.path).equals(bytes)).toBe(true);
    const mtime = statSync(first.path).mtimeMs;
    // A copy of the same content under another name lands on the same archive file, untouched.
    const copy = path.join(dir, 'again.jpeg');
    writeFileSync(copy, bytes);
    expect(await archiveOriginal(copy, archive)).toEqual(first);
    expect(statSync(first.path).mtimeMs).toBe(mtime);
    expect(readdirSync(path.join(archive, sha.slice(0, 2)))).toEqual([`${sha}.jpg`]); // no temp files left
  });

  it('keeps unusable content too, and says in one sentence when the file is gone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sohoa-archive-'));
    writeFileSync(path.join(dir, 'notes.pdf'), 'not a pdf');
    const kept = await archiveOriginal(path.join(dir, 'notes.pdf'), dir);
    expect(kept.path.endsWith('.pdf')).toBe(true);
    await expect(archiveOriginal(path.join(dir, 'gone.tif'), dir)).rejects.toMatchObject({ name: 'InputError', message: 'gone.tif does not exist (it may have been moved or deleted).' });
  });
});
