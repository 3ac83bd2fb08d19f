import { describe, expect, it } from 'vitest';
import { lostFullShape } from '../../../main/engine/extraction/value-read';

const chars = (text: string, confidence = 0.9) => [...text].map((c) => ({ c, confidence }));

describe('a re-read of a doubtful value', () => {
  it('never replaces a read of the full VIN or citizen ID length with one that lost or gained a character', () => {
    // The page pass read the chassis whole (O for 0, doubted); the enlarged re-read dropped the 0, surely.
    expect(lostFullShape('chassis', chars('RL0UMFF86NT367148', 0.6), chars('RLUMFF86NT367148', 0.98))).toBe(true);
    expect(lostFullShape('owner_id', chars('066159098379'), chars('06615909837'))).toBe(true);
    // Same length, or a first read that was not whole: the surer re-read may win.
    expect(lostFullShape('chassis', chars('RL0UMFF86NT367148'), chars('RL0UMFF86NT367149'))).toBe(false);
    expect(lostFullShape('chassis', chars('RL0UMFF86NT36714'), chars('RL0UMFF86NT367148'))).toBe(false);
    expect(lostFullShape('engine', chars('JF58E-8582401'), chars('JF58E-858240'))).toBe(false);
  });
});
