/** Licence reconciliation on generated data with known truth: every status and every differing field, exactly. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';
import { licence, licenceCells, LICENCE_HEADER, licenceTruth } from '../fixtures/licences-data';
import { csvLine, inRegister, resident, RESIDENT_HEADER, residentCells } from '../fixtures/owners-data';

const N = 96;
let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-licences-truth-'));
  const range = Array.from({ length: N }, (_, i) => i);
  writeFileSync(join(dir, 'register.csv'), [csvLine(RESIDENT_HEADER), ...range.filter(inRegister).map((i) => csvLine(residentCells(resident(i))))].join('\n'));
  writeFileSync(join(dir, 'licences.csv'), [csvLine(LICENCE_HEADER), ...range.map((i) => csvLine(licenceCells(licence(i))))].join('\n'));
  engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  await engine.residents.import({ files: [join(dir, 'register.csv')] });
});

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('licences on generated data', () => {
  it('imports every licence, each older number and unknown class named as an issue', async () => {
    const report = await engine.licences.import({ files: [join(dir, 'licences.csv')] });
    expect(report).toMatchObject({ imported: N, rejected: 0, errors: [] });
    const older = Array.from({ length: N }, (_, i) => i).filter((i) => i % 50 === 7).length;
    const unknown = Array.from({ length: N }, (_, i) => i).filter((i) => i % 40 === 13).length;
    expect(report.issues.filter((i) => i.field === 'licence_no')).toHaveLength(older);
    expect(report.issues.filter((i) => i.field === 'class')).toHaveLength(unknown);
  });

  it('gives every licence the status and differences its case says', () => {
    engine.licences.reconcile();
    const results = [...engine.licences.results({ all: true })];
    expect(results).toEqual(Array.from({ length: N }, (_, i) => licenceTruth(i)));
  });

  it('updates nothing on a second import of the same file', async () => {
    expect(await engine.licences.import({ files: [join(dir, 'licences.csv')] })).toMatchObject({ imported: 0, updated: 0, unchanged: N });
  });
});
