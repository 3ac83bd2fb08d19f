import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import type { Engine } from '../../../main/engine/engine.types';
import { archiveProblem, folderProblem } from '../../../main/engine/settings/folder-reach';
import { checkSettings } from '../../../main/engine/settings/station-settings';
import type { EngineMessage } from '../../../main/engine/domain/messages/message';
import { renderMessage } from '../../../main/engine/domain/messages/render';

const dirs: string[] = [];
const engines: Engine[] = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.close();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-drive-'));
  dirs.push(dir);
  return dir;
}

// A drive that is not plugged in looks, from here, like a path of which neither the folder nor its parent exists.
const unplugged = (dir: string): string => join(dir, 'E-drive-not-connected', 'Sohoa', 'archive');

describe('a folder on a missing drive', () => {
  it('is told apart from a new folder in an existing one and from a file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'x');
    const en = (m: EngineMessage | null): string | null => m && renderMessage(m, 'en');
    expect(folderProblem('backup', dir)).toBeNull();
    expect(folderProblem('backup', join(dir, 'daily'))).toBeNull();
    expect(en(folderProblem('backup', join(dir, 'notes.txt')))).toBe(`The backup folder ${join(dir, 'notes.txt')} is a file, not a folder.`);
    expect(en(folderProblem('hot', unplugged(dir)))).toBe(
      `The hot folder ${unplugged(dir)} cannot be reached: neither it nor the folder that holds it exists. Connect its drive or choose another folder.`,
    );
    // The Settings screen says it in Vietnamese.
    expect(renderMessage(folderProblem('hot', unplugged(dir))!, 'vi')).toBe(
      `Không truy cập được thư mục theo dõi ${unplugged(dir)}: cả thư mục này lẫn thư mục chứa nó đều không tồn tại. Hãy kết nối ổ đĩa hoặc chọn thư mục khác.`,
    );
    expect(en(archiveProblem(unplugged(dir)))).toMatch(/^The archive folder .* cannot be reached: .* Connect its drive or start the station with another archive folder\. Records, review and export keep working; scanning waits for the folder\.$/);
  });

  it('is refused as the hot or backup folder in the settings, with one sentence', () => {
    const dir = tempDir();
    expect(() => checkSettings({ backupFolder: unplugged(dir) }, 4)).toThrow(/^The backup folder .* cannot be reached: neither it nor the folder that holds it exists\. Connect its drive or choose another folder\.$/);
    expect(() => checkSettings({ hotFolder: unplugged(dir) }, 4)).toThrow(/^The hot folder .* cannot be reached/);
    expect(() => checkSettings({ hotFolder: dir, backupFolder: join(dir, 'daily') }, 4)).not.toThrow();
    // Saved when its drive was there: other settings can still be changed while it is unplugged.
    expect(() => checkSettings({ locale: 'en', backupFolder: unplugged(dir) }, 4, { backupFolder: unplugged(dir) })).not.toThrow();
  });

  it('as the archive folder at start: the station opens, says why, keeps its records and settings working, and scanning is refused with the sentence', async () => {
    const dir = tempDir();
    const archiveDir = unplugged(dir);
    const engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir, ocrWorkers: 1 });
    engines.push(engine);
    const facts = engine.settings.station();
    expect(facts.archiveDir).toBe(archiveDir);
    expect(facts.archiveProblem).toBe(renderMessage(archiveProblem(archiveDir)!, 'en'));
    expect(facts.archiveProblemText).toEqual(archiveProblem(archiveDir));

    const csv = join(dir, 'records.csv');
    writeFileSync(csv, 'so_ho_so,bien_so,chu_xe\nHS000001,29A-123.45,Nguyen Van A\n');
    await engine.records.import({ files: [csv] });
    expect(engine.settings.set({ locale: 'en' }).locale).toBe('en');

    const scan = join(dir, 'page.png');
    writeFileSync(scan, 'not really an image');
    await expect(engine.scan.import({ paths: [scan] })).rejects.toThrow(facts.archiveProblem ?? 'a problem');
    await expect(engine.scan.watch({ dir })).rejects.toThrow(/cannot be reached/);
    expect(engine.dossiers.all()).toHaveLength(0);
  });
});

describe('choosing another archive folder', () => {
  it('refuses one on a missing drive, and uses a reachable one from the next start', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'station.db');
    const first = await createEngine({ dbPath });
    engines.push(first);
    expect(() => first.settings.set({ archiveFolder: unplugged(dir) })).toThrow(/The archive folder .* cannot be reached/);
    const chosen = join(dir, 'D-drive', 'archive');
    mkdirSync(join(dir, 'D-drive'));
    first.settings.set({ archiveFolder: chosen });
    expect(first.settings.station().archiveDir).toBe(join(dir, 'archive'));
    await first.close();
    engines.splice(0);
    const next = await createEngine({ dbPath });
    engines.push(next);
    expect(next.settings.station().archiveDir).toBe(chosen);
  });
});
