import { describe, expect, it } from 'vitest';
import { rubbingChars } from '../../../main/engine/extraction/rubbing-read';
import type { CharConf } from '../../../main/engine/extraction/region-read';

const chars = (s: string, confidence = 0.99): CharConf[] => [...s].map((c) => ({ c, confidence }));

describe('rubbingChars', () => {
  it('keeps the filtered read, confident only where a raw read confirms it', () => {
    const out = rubbingChars(chars('JF45E3301187'), [chars('3E45E3301187', 0.9), []], 'engine');
    expect(out.map((c) => c.c).join('')).toBe('JF45E3301187');
    expect(out[0].confidence).toBeLessThanOrEqual(0.35);
    expect(out[1].confidence).toBeLessThanOrEqual(0.35);
    expect(out[5].confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('takes the best confirmation of two raw reads per character', () => {
    const out = rubbingChars(chars('5C64537651'), [chars('9C64537651', 0.8), chars('5C6453765', 0.95)], 'engine');
    expect(out[0].confidence).toBeCloseTo(0.99);
    expect(out[9].confidence).toBeCloseTo(0.99);
  });

  it('caps an unchecked read and falls back to a raw read when the filtered one is empty', () => {
    expect(rubbingChars(chars('ABC123'), [[], []], 'chassis').every((c) => c.confidence <= 0.5)).toBe(true);
    expect(rubbingChars([], [chars('RLH123', 0.6), chars('RLH128', 0.7)], 'chassis').map((c) => c.c).join('')).toBe('RLH128');
  });
});
