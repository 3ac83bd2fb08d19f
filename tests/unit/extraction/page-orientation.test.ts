// Which way up a page is, judged from a turn's reading: a page the right way up pays for one OCR pass, even when it
// is a sparse later page with no form on it, and a page lying a quarter turn off is tried the right way next.
import { describe, expect, it } from 'vitest';
import { isUpright, nextTurns, type TurnReading } from '../../../main/engine/extraction/page-orientation';

/** A reading of `n` words of 5 letters at these confidences, wider than tall or standing on end. */
function reading(confidences: number[], onEnd = false): TurnReading {
  const words = confidences.map((confidence, i) => ({
    text: 'chữ' + String(i).padStart(2, '0'),
    confidence,
    box: onEnd ? { x0: 10, y0: i * 100, x1: 40, y1: i * 100 + 90 } : { x0: i * 100, y0: 10, x1: i * 100 + 90, y1: 40 },
  }));
  return { lines: [{ text: words.map((w) => w.text).join(' '), box: { x0: 0, y0: 0, x1: 2000, y1: 2000 }, words }], fields: { kind: 'other', values: [], rubbings: [] } };
}

describe('page orientation', () => {
  it('takes a sparse page read with confidence as upright: no other turn is read', () => {
    // 20 words, no form, no field: a form's later page or a cover letter, read the right way up.
    expect(isUpright(reading([...Array(17).fill(96), 40, 45, 50]))).toBe(true);
  });

  it('does not take text read upside down as upright, however many words it gives', () => {
    expect(isUpright(reading([...Array(30).fill(55), ...Array(12).fill(90)]))).toBe(false);
  });

  it('does not judge by confidence on a handful of words', () => {
    expect(isUpright(reading(Array(5).fill(97)))).toBe(false);
  });

  it('does not take words standing on end as upright, read well or not', () => {
    expect(isUpright(reading(Array(40).fill(96), true))).toBe(false);
  });

  it('tries one quarter turn back next when words on end read as text', () => {
    // The projections said sideways (turn 90) and tesseract read the page on end: it was upright (turn 0).
    expect(nextTurns(90, reading(Array(40).fill(96), true), [270, 180, 0])[0]).toBe(0);
    expect(nextTurns(270, reading(Array(40).fill(96), true), [90, 0, 180])[0]).toBe(180);
  });

  it('tries the quarter turns before the half turn when words on end read as junk', () => {
    expect(nextTurns(90, reading(Array(40).fill(50), true), [270, 180, 0])).toEqual([180, 0, 270]);
  });

  it('keeps the order when the words lie the right way but read as junk (the page is upside down)', () => {
    expect(nextTurns(0, reading(Array(40).fill(50)), [180, 90, 270])).toEqual([180, 90, 270]);
  });
});
