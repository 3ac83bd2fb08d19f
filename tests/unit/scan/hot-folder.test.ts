import { appendFileSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchHotFolder } from '../../../main/engine/scan/hot-folder';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('hot folder', () => {
  it('hands over a scan only once the scanner has finished writing it, and only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-hot-'));
    const handed: { path: string; size: number }[] = [];
    const stop = await watchHotFolder(dir, {
      onReady: async (paths) => {
        for (const path of paths) handed.push({ path, size: statSync(path).size });
      },
      onError: (m) => {
        throw new Error(JSON.stringify(m));
      },
      pollMs: 50,
      settleMs: 300,
    });
    const scan = join(dir, 'scan-0001.jpg');
    writeFileSync(scan, Buffer.alloc(1000, 1));
    // The scanner keeps writing for a while: nothing may be handed over meanwhile.
    for (let i = 0; i < 8; i++) {
      await sleep(100);
      appendFileSync(scan, Buffer.alloc(1000, 2));
    }
    expect(handed).toEqual([]);
    writeFileSync(join(dir, 'scan-0002.jpg.part'), 'still coming');
    await sleep(800);
    await stop();
    expect(handed).toEqual([{ path: scan, size: 9000 }]);
  });
});
