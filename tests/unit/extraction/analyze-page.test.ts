import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePage } from '../../../main/engine/extraction/analyze-page';
import { fuseReadings } from '../../../main/engine/extraction/fuse';
import { createOcrPool, type OcrPool } from '../../../main/engine/ocr/ocr-worker-pool';
import type { FieldReading } from '../../../main/engine/domain/field-reading';
import { generateDossier, type Dossier } from '../../corpus/dossier';

describe('analyzePage on a generated typed dossier', () => {
  let pool: OcrPool;
  let dossier: Dossier;
  beforeAll(async () => {
    [pool, dossier] = await Promise.all([
      createOcrPool({ size: 1 }),
      // Clean-ish: typed values, mild skew and noise, no sideways feed, no seal over a value.
      generateDossier(1007, { handwriting: 0, stamp: 0, degrade: { rotateChance: 0, skewMaxDeg: 1.5, noise: [2, 4], blurChance: 0 } }),
    ]);
  });
  afterAll(async () => {
    await pool.terminate();
  });

  it('reads plate, chassis and engine exactly from the form and the certificate copy', async () => {
    const readings: FieldReading[] = [];
    const kinds: string[] = [];
    for (const [page, image] of dossier.pages.entries()) {
      const analysis = await analyzePage(image, pool);
      kinds.push(analysis.kind);
      expect(analysis.words.length).toBeGreaterThan(50);
      for (const r of analysis.readings) {
        expect(r.chars.length).toBe([...r.text].length);
        readings.push({ ...r, page });
      }
    }
    expect(kinds).toEqual(['declaration', 'certificate']);
    const fused = fuseReadings(readings);
    expect(fused.plate?.value).toBe(dossier.truth.plate);
    expect(fused.chassis?.value).toBe(dossier.truth.chassis);
    expect(fused.engine?.value).toBe(dossier.truth.engine);
  });
});
