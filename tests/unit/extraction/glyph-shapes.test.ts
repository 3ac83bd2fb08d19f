import { describe, expect, it } from 'vitest';
import { checkedByGlyphShape } from '../../../main/engine/extraction/glyph-shapes';
import { drawn } from '../../fixtures/drawn-glyphs';

const read = (text: string, glyphs: string[]): string => {
  const { grey, box } = drawn(glyphs);
  return checkedByGlyphShape([...text].map((c) => ({ c, confidence: 0.97 })), grey, box).map((c) => c.c).join('');
};

describe('digits a hand writes that OCR misreads, settled by their glyphs', () => {
  it('a crossed seven read as 1 is a 7; a one with a foot or a bare stroke stays 1', () => {
    expect(read('0111', ['zero', 'crossed7', 'serif1', 'bare1'])).toBe('0711');
  });

  it('a plain seven read as 1 is left as read (nothing across its middle tells it from a flagged one)', () => {
    expect(read('11', ['plain7', 'bare1'])).toBe('11');
  });

  it('an open four read as 0 is a 4; a real zero stays 0', () => {
    expect(read('0002', ['zero', 'open4', 'zero', 'two'])).toBe('0402');
  });

  it('an open four read as U between digits is a 4; an H keeps its two stems, and a letter outside a digit run is left alone', () => {
    expect(read('2U2', ['two', 'open4', 'two'])).toBe('242');
    expect(read('2H2', ['two', 'H', 'two'])).toBe('2H2');
    expect(read('U22', ['open4', 'two', 'two'])).toBe('U22');
  });

  it('a corrected digit is shown below the review threshold, never as certain', () => {
    const { grey, box } = drawn(['crossed7', 'two']);
    const out = checkedByGlyphShape([{ c: '1', confidence: 0.99 }, { c: '2', confidence: 0.99 }], grey, box);
    expect(out[0]).toEqual({ c: '7', confidence: 0.8 });
    expect(out[1]!.confidence).toBe(0.99);
  });

  it('glyphs that do not line up one to one with the characters change nothing', () => {
    expect(read('11', ['crossed7'])).toBe('11');
  });
});
