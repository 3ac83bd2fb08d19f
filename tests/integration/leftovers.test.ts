/**
 * What a killed command leaves behind is cleared by the next one, and what the command line prints is one
 * plain sentence: no raw error codes, no control characters or direction overrides from a file name.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchFolder } from '../../main/engine/export/batch-writer';
import { recordsCsv } from '../corpus/discrepancies';
import { generateCorpusRecord } from '../corpus/records';
import { runSohoa } from '../fixtures/sohoa-cli';

function station(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-leftovers-'));
  const db = join(dir, 'station', 'station.db');
  writeFileSync(join(dir, 'records.csv'), recordsCsv(Array.from({ length: 30 }, (_, i) => generateCorpusRecord(900 + i))));
  expect(runSohoa(['records', 'import', join(dir, 'records.csv')], { db }).code).toBe(0);
  return { dir, db };
}

describe('leftovers of killed commands', () => {
  it('a backup killed while copying leaves a .partial that the next backup to that file removes', () => {
    const { dir, db } = station();
    const out = join(dir, 'backups', 'daily.sohoa-backup');
    const killed = runSohoa(['backup', '--out', out], { db, env: { SOHOA_CRASH_AT: 'backup.copied' } });
    expect(killed.signal).toBe('SIGKILL');
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.partial'))).toHaveLength(1);
    expect(runSohoa(['backup', '--out', out], { db }).code).toBe(0);
    expect(readdirSync(join(dir, 'backups'))).toEqual(['daily.sohoa-backup']);
  }, 120_000);

  it("a restore's half-made copy is removed when the station is next opened", () => {
    const { db } = station();
    writeFileSync(`${db}.restoring`, 'half a backup');
    expect(runSohoa(['dossiers', 'list'], { db }).code).toBe(0);
    expect(existsSync(`${db}.restoring`)).toBe(false);
  }, 60_000);
});

describe('messages', () => {
  it('two exports placing a batch in one empty folder: the second gets a sentence, not ENOTEMPTY', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'sohoa-two-exports-')), 'out');
    const first = await BatchFolder.create(target);
    const second = await BatchFolder.create(target);
    await first.add('manifest.json', Buffer.from('{}'), false);
    await second.add('manifest.json', Buffer.from('{}'), false);
    await first.commit();
    await expect(second.commit()).rejects.toThrow(`Another export placed a batch in ${target} at the same moment: this one was withdrawn; export again.`);
  });

  it('prints control characters and direction overrides in a file name as escapes', () => {
    const { dir, db } = station();
    const name = `hồ sơ\u202Efdp.exe\u001b[2J.pdf`;
    writeFileSync(join(dir, name), 'not a scan at all');
    const r = runSohoa(['scan', 'import', join(dir, name)], { db });
    const printed = r.stdout + r.stderr;
    expect(printed).toContain('hồ sơ\\u{202e}fdp.exe\\u{001b}[2J.pdf');
    expect(printed.includes('\u202E') || printed.includes('\u001b')).toBe(false);
  }, 120_000);
});
