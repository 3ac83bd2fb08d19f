import { describe, expect, it } from 'vitest';
import { checkedByGlyphShape } from '../../../main/engine/extraction/glyph-shapes';
import { drawn } from '../../fixtures/drawn-glyphs';

const read = (text: string, glyphs: string[], underline = false): string => {
  const { grey, box } = drawn(glyphs, { underline });
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

  it('glyphs resting on a solid leader are told apart from it: a zero on the line stays 0, a crossed seven is still a 7', () => {
    expect(read('0102', ['zero', 'crossed7', 'zero', 'two'], true)).toBe('0702');
  });

  it('specks of scan noise under the digits are not part of them: a zero stays 0', () => {
    const { grey, box } = drawn(['zero', 'two', 'zero'], { below: 30 });
    // A bi-level scan's noise: more specks than glyphs, some under them, within the value's padded place.
    for (const x of [14, 22, 30, 60, 68, 76, 106, 114, 122, 9, 50, 96, 140, 145, 150]) {
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1], [2, 1], [1, 2]]) grey.data[(88 + dy) * grey.width + x + dx] = 30;
    }
    const out = checkedByGlyphShape([...'020'].map((c) => ({ c, confidence: 0.97 })), grey, { ...box, y1: grey.height });
    expect(out.map((c) => c.c).join('')).toBe('020');
  });

  it('an open four read as U between digits is a 4; an H keeps its two stems, and a letter outside a digit run is left alone', () => {
    expect(read('2U2', ['two', 'open4', 'two'])).toBe('242');
    expect(read('2H2', ['two', 'H', 'two'])).toBe('2H2');
    expect(read('U22', ['open4', 'two', 'two'])).toBe('U22');
  });

  it('on a plate, a P whose bowl runs to its foot is a D, or Đ with a bar across its stem (the electric series MĐ); a P stays P', () => {
    const plate = (text: string, glyphs: string[]): string => {
      const { grey, box } = drawn(glyphs);
      return checkedByGlyphShape([...text].map((c) => ({ c, confidence: 0.97 })), grey, box, { plate: true }).map((c) => c.c).join('');
    };
    expect(plate('2PP2', ['two', 'DD', 'P', 'two'])).toBe('2ĐP2');
    expect(plate('2P2', ['two', 'D', 'two'])).toBe('2D2');
    expect(plate('2D2', ['two', 'DD', 'two'])).toBe('2Đ2');
    expect(plate('2D2', ['two', 'D', 'two'])).toBe('2D2');
    // Only a plate's series is read so: a chassis may hold a P.
    expect(read('2P2', ['two', 'DD', 'two'])).toBe('2P2');
  });

  it('in a chassis or engine number, E, F and L are told apart by their bars; a right read is left alone', () => {
    expect(read('0EE2', ['zero', 'F', 'E', 'two'])).toBe('0FE2');
    expect(read('0FL2', ['zero', 'E', 'E', 'two'])).toBe('0EE2');
    expect(read('0EFL', ['zero', 'L', 'F', 'L'])).toBe('0LFL');
    // A script hand's ℰ has no stem: it is no printed letter to judge by its bars.
    expect(read('0E2', ['zero', 'cursiveE', 'two'])).toBe('0E2');
  });

  it('a 9 with a straight tail read as 3 is a 9 (it closes a loop on top); a 3 stays 3', () => {
    expect(read('3302', ['nine', 'three', 'zero', 'two'])).toBe('9302');
  });

  it('a corrected digit is shown below the review threshold, never as certain', () => {
    const { grey, box } = drawn(['crossed7', 'two']);
    const out = checkedByGlyphShape([{ c: '1', confidence: 0.99 }, { c: '2', confidence: 0.99 }], grey, box);
    expect(out[0]).toEqual({ c: '7', confidence: 0.8 });
    expect(out[1]!.confidence).toBe(0.99);
  });

  it('glyphs that do not line up one to one with the characters change nothing', () => {
    expect(read('11', ['crossed7'])).toBe('11');
    // A read that lost its place set a 3 against a P: the P's loop sits on a stem, no 9's.
    expect(read('3302', ['P', 'three', 'zero', 'two'])).toBe('3302');
  });
});
