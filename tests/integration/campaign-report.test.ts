/**
 * The campaign's figures on the dashboard and its one-page PDF report (issue 17): residents imported and
 * self-declarations received, confirmed, rejected and waiting, this week against the week before.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCampaignStation } from '../fixtures/campaign-station';
import type { Engine } from '../../main/engine/engine.types';
import { declaration } from '../fixtures/owners-data';
import { hasPdftotext } from '../unit/export/pdftotext';

const N = 16;
const D = 4;
let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-campaign-report-'));
  engine = await openCampaignStation(dir, { records: N, declarations: D });
  await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
  await engine.declarations.confirmExact();
  await engine.declarations.decide({ id: declaration(2).row.declaration_id, action: 'reject', reason: 'Không phải chủ xe' });
});

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('campaign figures on the dashboard and its report', () => {
  it('counts residents and declarations in total and this week, with none the week before', () => {
    const residents = N - N / 8;
    expect(engine.dashboard.stats().campaign).toEqual({
      residents,
      declarations: { received: D, confirmed: 1, rejected: 1, waiting: D - 2 },
      this_week: { residents, received: D, confirmed: 1, rejected: 1 },
      last_week: { residents: 0, received: 0, confirmed: 0, rejected: 0 },
    });
  });

  it.runIf(hasPdftotext())('prints them in the one-page PDF report with the change since the week before', async () => {
    const file = join(dir, 'report.pdf');
    await engine.dashboard.report({ out: file, locale: 'vi' });
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).toString('utf8');
    const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toContain('Dữ liệu dân cư và công dân tự khai báo');
    expect(lines).toContain(`Công dân trong CSDL dân cư đã nhập ${N - N / 8} ${N - N / 8} 0 +${N - N / 8}`);
    expect(lines).toContain(`Xe công dân tự khai báo ${D} ${D} 0 +${D}`);
    expect(lines).toContain(`Đang chờ xác nhận ${D - 2}`);
    // Still one page, the flags table at its foot included.
    expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(1);
    expect(lines).toContain('Chênh lệch theo loại');
  });
});
