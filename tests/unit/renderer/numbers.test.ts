import { describe, expect, it } from 'vitest';
import type { StationRecord } from '../../../main/engine/records/record';
import { weighCandidate } from '../../../main/engine/review/link-dossier';
import type { FusedFields } from '../../../main/engine/domain/field-reading';
import { formatShare } from '../../../renderer/src/format';
import { say } from '../../../main/engine/domain/messages/catalogue';
import { engineText } from '../../../renderer/src/i18n/engine-text';
import { LINK_SCORE_MAX, linkScoreShare } from '../../../renderer/src/review/linkScore';

describe('numbers as the screens show them', () => {
  it('shows a small share digitized with the precision it needs, and never 0% or 100% for a share that is neither', () => {
    expect(formatShare(8 / 5006, 'vi')).toBe('0,16%');
    expect(formatShare(8 / 5006, 'en')).toBe('0.16%');
    expect(formatShare(0, 'vi')).toBe('0%');
    expect(formatShare(0.5, 'vi')).toBe('50%');
    expect(formatShare(4999 / 5000, 'vi')).not.toBe('100%');
    expect(formatShare(1, 'vi')).toBe('100%');
  });

  it('shows a link candidate’s points as a share that a perfect match makes 100% and nothing makes more', () => {
    const record = {
      record_id: 'HS1',
      plate: '29A-123.45',
      chassis: 'RLHJF6320BY123456',
      engine: 'JF63E-1234567',
      owner_name: 'Nguyễn Văn An',
      owner_id: '001090012345',
    } as unknown as StationRecord;
    const scan = Object.fromEntries(
      (['plate', 'chassis', 'engine', 'owner_name', 'owner_id'] as const).map((f) => [f, { value: record[f] as string, confidence: 0.9 }]),
    ) as unknown as FusedFields;
    const perfect = weighCandidate(scan, record).score;
    expect(perfect).toBe(LINK_SCORE_MAX);
    expect(linkScoreShare(perfect)).toBe(1);
    expect(linkScoreShare(6.9)).toBeLessThan(1);
    expect(linkScoreShare(-2)).toBe(0);
  });

  it('writes byte counts and dates inside engine sentences as a Vietnamese reader expects', () => {
    const altered = say('batch.altered', { path: 'a/HS1.pdf', size: say('batch.size_differs', { actualBytes: 1110800, expectedBytes: 1048576 }) });
    expect(engineText(altered, 'en')).toBe('a/HS1.pdf was altered: its content no longer matches the SHA-256 in the manifest (1110800 bytes instead of 1048576).');
    const text = engineText(altered, 'vi');
    expect(text).toContain('(1,1 MB thay vì 1 MB)');
    expect(text).not.toMatch(/1110800/);
  });
});
