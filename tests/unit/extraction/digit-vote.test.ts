import { describe, expect, it } from 'vitest';
import { hasDisputedDigit, voteDigits } from '../../../main/engine/extraction/digit-vote';
import type { CharConf } from '../../../main/engine/extraction/region-read';

const read = (s: string, confidence = 0.99, at: Record<number, number> = {}): CharConf[] => [...s].map((c, i) => ({ c, confidence: at[i] ?? confidence }));

describe('hasDisputedDigit', () => {
  it('is true only when a digit was left unconfirmed', () => {
    expect(hasDisputedDigit(read('082089353118'))).toBe(false);
    expect(hasDisputedDigit(read('082083353118', 0.99, { 5: 0.35 }))).toBe(true);
  });
});

describe('voteDigits', () => {
  it('takes the digit two of three reads agree on, with their best confidence', () => {
    const lead = read('082083353118', 0.99, { 5: 0.35 });
    const out = voteDigits(lead, [read('082089353118', 0.98), read('082089353118', 0.9)]);
    expect(out.map((c) => c.c).join('')).toBe('082089353118');
    expect(out[5].confidence).toBeCloseTo(0.98);
  });

  it("keeps the lead's digit where all three reads differ", () => {
    const out = voteDigits(read('123', 0.99, { 1: 0.35 }), [read('173'), read('193')]);
    expect(out.map((c) => c.c).join('')).toBe('123');
    expect(out[1].confidence).toBeCloseTo(0.35);
  });

  it('lets no read of another length vote, so two reads never outvote by position', () => {
    const lead = read('082083353118', 0.99, { 5: 0.35 });
    const out = voteDigits(lead, [read('0820893531187'), read('082089353118')]);
    expect(out.map((c) => c.c).join('')).toBe('082083353118');
  });
});
