/**
 * The declarations' third leg (issue 17): a declaration whose vehicle has a scanned dossier says whether the paper
 * agrees with what the citizen declared — the plate, chassis and engine fused from the paper against the declared
 * ones. `declarations list --json` keeps CLI.md's keys exactly; `--paper` adds the paper's verdict.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvLine, DECLARATION_HEADER } from '../fixtures/owners-data';
import { seedReviewStation } from '../fixtures/review-station';
import { runSohoa } from '../fixtures/sohoa-cli';

let dir: string;
let db: string;
type Fields = Record<'plate' | 'chassis' | 'engine', { value: string } | null>;
let scanned: { id: string; record_id: string; fields: Fields }[];

function json<T>(args: string[]): T {
  const r = runSohoa([...args, '--json'], { db, input: '' });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

/** One character of a serial changed the way a citizen's typing slip would. */
const slip = (serial: string): string => serial.slice(0, -1) + (serial.endsWith('7') ? '3' : '7');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-decl-paper-'));
  db = join(dir, 'station.db');
  await seedReviewStation(db, { dossiers: 6, cleanShare: 1, seed: 17 });
  const dossiers = json<{ id: string; record_id: string | null; status: string; fields: Fields }[]>(['dossiers', 'list']);
  scanned = dossiers.filter((d): d is typeof d & { record_id: string } => d.record_id !== null && d.status === 'resolved' && !!d.fields.chassis && !!d.fields.engine).slice(0, 2);
  expect(scanned).toHaveLength(2);
  const [same, other] = scanned as [(typeof scanned)[0], (typeof scanned)[0]];
  const [owner] = json<{ owner_id: string | null; owner_name: string | null }[]>(['records', 'show', same.record_id]);
  const value = (d: (typeof scanned)[0], f: keyof Fields): string => d.fields[f]!.value;
  const rows = [
    ['KB-1', '2025-11-02 08:00', owner!.owner_id ?? '', owner!.owner_name ?? '', '0912345678', value(same, 'plate'), value(same, 'chassis'), value(same, 'engine')],
    // Found by its engine number; the declared chassis is not what the paper says.
    ['KB-2', '2025-11-02 09:00', '', '', '', '', slip(value(other, 'chassis')), value(other, 'engine')],
    ['KB-3', '2025-11-02 10:00', '', 'Lê Văn Không', '', '30A-999.99', 'RLHXX000000000000', 'ZZ99E-0000000'],
  ];
  writeFileSync(join(dir, 'ihanoi.csv'), [csvLine(DECLARATION_HEADER), ...rows.map(csvLine)].join('\n'));
  const imported = runSohoa(['declarations', 'import', join(dir, 'ihanoi.csv'), '--json'], { db, input: '' });
  expect(imported.code, imported.stderr).toBe(0);
});

describe('declarations against the scanned paper', () => {
  it('keeps the keys CLI.md lists without --paper', () => {
    const listed = json<Record<string, unknown>[]>(['declarations', 'list']);
    expect(listed).toHaveLength(3);
    for (const d of listed) expect(Object.keys(d).sort()).toEqual(['declaration_id', 'differences', 'match', 'record_id', 'status']);
  });

  it('says whether the paper agrees, naming what differs, with --paper', () => {
    const listed = json<{ declaration_id: string; record_id: string | null; paper: { dossier_id: string; agrees: boolean; differences: { field: string; declared: string; paper: string | null }[] }[] }[]>([
      'declarations',
      'list',
      '--paper',
    ]);
    const byId = new Map(listed.map((d) => [d.declaration_id, d]));
    const [same, other] = scanned as [(typeof scanned)[0], (typeof scanned)[0]];
    expect(byId.get('KB-1')).toMatchObject({ record_id: same.record_id, paper: [{ dossier_id: same.id, agrees: true, differences: [] }] });
    expect(byId.get('KB-2')).toMatchObject({
      record_id: other.record_id,
      paper: [{ dossier_id: other.id, agrees: false, differences: [{ field: 'chassis', declared: slip(other.fields.chassis!.value), paper: other.fields.chassis!.value }] }],
    });
    expect(byId.get('KB-3')).toMatchObject({ record_id: null, paper: [] });
  });
});
