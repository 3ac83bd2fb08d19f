import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_BACKUPS, runDailyBackup } from '../../../main/engine/backup/daily-backup';
import { checkSettings } from '../../../main/engine/settings/station-settings';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the daily backup', () => {
  it('makes one backup a day into the chosen folder and keeps the newest seven, leaving other files alone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sohoa-daily-'));
    dirs.push(folder);
    writeFileSync(join(folder, 'notes.txt'), 'not ours');
    const made: string[] = [];
    const deps = (day: number) => ({
      folder: () => folder,
      backup: async (out: string) => {
        made.push(out);
        writeFileSync(out, 'backup');
      },
      warn: () => undefined,
      now: () => new Date(2026, 0, day, 12),
    });
    for (let day = 1; day <= 9; day++) await runDailyBackup(deps(day));
    expect(await runDailyBackup(deps(9))).toBeNull();
    expect(made).toHaveLength(9);
    const left = readdirSync(folder).sort();
    expect(left).toHaveLength(KEEP_BACKUPS + 1);
    expect(left).toContain('notes.txt');
    expect(left[0]).toBe('notes.txt');
    expect(left[1]).toBe('sohoa-daily-2026-01-03.sohoa-backup');
  });

  it('does nothing without a backup folder', async () => {
    expect(await runDailyBackup({ folder: () => null, backup: () => Promise.reject(new Error('no')), warn: () => undefined })).toBeNull();
  });
});

describe('settings checks', () => {
  it('refuses a worker count out of range with one sentence naming the range', () => {
    expect(() => checkSettings({ ocrWorkers: 0 }, 4)).toThrow('The OCR worker count must be a whole number from 1 to 4, the number of processor cores of this computer.');
    expect(() => checkSettings({ ocrWorkers: 5 }, 4)).toThrow(/from 1 to 4/);
    expect(() => checkSettings({ ocrWorkers: 4, scanResolution: 300 }, 4)).not.toThrow();
    expect(() => checkSettings({ scanResolution: 1200 }, 4)).toThrow('The scan resolution must be from 150 to 600 dpi.');
    expect(() => checkSettings({ backupFolder: 'backups' }, 4)).toThrow(/backup folder must be a full folder path/);
  });
});
