import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPages } from '../../../main/engine/intake/pages';
import { isSeparatorSheet } from '../../../main/engine/intake/separator';
import { writeSeparatorSheets } from '../../../main/engine/intake/separator-print';
import type { PageImage } from '../../../main/engine/scan/scan.types';

const dir = mkdtempSync(join(tmpdir(), 'sohoa-separator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('printing separator sheets', () => {
  it('writes a PDF of A4 sheets whose every page the intake recognises as a separator', async () => {
    const { file, sheets } = await writeSeparatorSheets(join(dir, 'to-phan-cach.pdf'), 3);
    expect(sheets).toBe(3);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const pages: PageImage[] = [];
    for await (const item of readPages(file)) if (!('message' in item)) pages.push(item);
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(await isSeparatorSheet(page.data)).toBe(true);
  });

  it('names the file in one sentence when it cannot be written', async () => {
    await expect(writeSeparatorSheets(join(dir, 'missing-folder', 'sheets.pdf'), 1)).rejects.toThrow(/separator sheets could not be written to .*sheets\.pdf/);
  });
});
