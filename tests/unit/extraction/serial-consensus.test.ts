import { describe, expect, it } from 'vitest';
import { fuseReadings, withSeparators } from '../../../main/engine/extraction/fuse';
import { alignKeys, consensusCandidates, consensusSupport, type KeyChar } from '../../../main/engine/extraction/serial-consensus';
import type { FieldReading, ReadingSource, ScanField } from '../../../main/engine/domain/field-reading';

const copy = (text: string, w = 0.9, low: Record<number, number> = {}): KeyChar[] => [...text].map((c, i) => ({ c, w: low[i] ?? w }));

function reading(field: ScanField, text: string, source: ReadingSource, confidence = 0.95, low: Record<number, number> = {}): FieldReading {
  const chars = [...text].map((c, i) => ({ c, confidence: low[i] ?? confidence }));
  const mean = chars.reduce((s, c) => s + c.confidence, 0) / chars.length;
  return { field, page: source === 'certificate' ? 1 : 0, source, box: null, text, confidence: mean, chars };
}

describe('aligning copies of a serial', () => {
  it('pairs characters up and puts a gap where one copy has an extra character', () => {
    const pairs = alignKeys([...'ABCD'], [...'ABXCD']);
    expect(pairs).toEqual([[0, 0], [1, 1], [-1, 2], [2, 3], [3, 4]]);
  });

  it('scores a value by the confident evidence of every copy it agrees with', () => {
    const copies = [copy('RLHJF6320BY123456'), copy('RLHJF6320BY12345')];
    expect(consensusSupport('RLHJF6320BY123456', copies)).toBeGreaterThan(consensusSupport('RLHJF6320BY12345', copies) - 0.01);
    expect(consensusSupport('XXXXXXXXXXXXXXXXX', copies)).toBe(0);
  });
});

describe('fusing copies of different lengths', () => {
  it('reads the VIN from a rubbing, a hand-filled form with an extra stroke and a certificate cut short by a seal', () => {
    // Form: R read as K, a stroke read as an extra 4, 99 as 43; rubbing: 5 read as S, 8 as 0 (both unsure);
    // certificate: cut after 8 characters by a seal, what follows read unsurely and partly not VIN characters.
    const fused = fuseReadings([
      reading('chassis', 'KLCS5C614430372803', 'form', 0.98, { 0: 0.35, 8: 0.35, 9: 0.35, 10: 0.35 }),
      reading('chassis', 'RLCSSC61990972003', 'rubbing', 0.95, { 4: 0.85, 14: 0.6 }),
      reading('chassis', 'RLCS5C61ØSA', 'certificate', 0.95, { 8: 0.6, 9: 0.6, 10: 0.6 }),
    ]);
    expect(fused.chassis?.value).toBe('RLCS5C61990972803');
  });

  it('takes the confident copy\'s digit over an unsure one, drops a doubtful extra character, keeps the dash', () => {
    const fused = fuseReadings([
      reading('engine', '5C64-531651', 'form', 0.98, { 7: 0.35 }),
      reading('engine', '5C64-5376517', 'certificate', 0.99, { 11: 0.35 }),
    ]);
    expect(fused.engine?.value).toBe('5C64-537651');
  });

  it('still takes the value two agreeing copies give over a longer lone copy', () => {
    const fused = fuseReadings([
      reading('engine', 'JF63E-1234567', 'form'),
      reading('engine', 'JF63E-1234567', 'certificate'),
      reading('engine', 'JF63E-12345677', 'rubbing', 0.97),
    ]);
    expect(fused.engine?.value).toBe('JF63E-1234567');
  });

  it('offers the close runner-up at a contested position as a candidate', () => {
    const keys = consensusCandidates([copy('ABC1', 0.9), copy('ABC7', 0.85)]);
    expect(keys).toContain('ABC1');
    expect(keys).toContain('ABC7');
  });

  it('writes a voted key with the separators of a copy', () => {
    expect(withSeparators('5C64537651', '5C64-531631')).toBe('5C64-537651');
    expect(withSeparators('29B112345', '29-B1 123.45')).toBe('29-B1 123.45');
  });
});
