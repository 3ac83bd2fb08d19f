import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderSeparatorSheet } from '../../../main/engine/intake/separator';
import { batchFolder, planBatch } from '../../../main/engine/scan/device-scan.service';

describe('a scanner batch as dossiers', () => {
  it('names each batch folder by its time under the archive inbox, never twice the same', () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const a = batchFolder('/st/archive', at);
    expect(a).toMatch(/^\/st\/archive\/inbox\/2026-03-04_05-06-07-089-[0-9a-f]{4}$/);
    expect(batchFolder('/st/archive', at)).not.toBe(a);
  });

  it('makes one dossier of the whole batch in page order, or splits a stack at separator sheets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-batch-'));
    const page = await sharp({ create: { width: 400, height: 560, channels: 3, background: '#f4f1ea' } }).png().toBuffer();
    const names = ['page-0001.png', 'page-0002.png', 'page-0003.png', 'page-0004.png', 'page-0005.png'];
    const files = names.map((n) => join(dir, n));
    const separator = await renderSeparatorSheet('Hồ sơ');
    files.forEach((f, i) => writeFileSync(f, i === 0 || i === 2 ? separator : page));

    expect(await planBatch(dir, files, false)).toEqual([{ source: [dir], files }]);
    expect(await planBatch(dir, files, true)).toEqual([
      { source: [files[1]], files: [files[1]] },
      { source: [files[3], files[4]], files: [files[3], files[4]] },
    ]);
    expect(await planBatch(dir, [], false)).toEqual([]);
  });
});
