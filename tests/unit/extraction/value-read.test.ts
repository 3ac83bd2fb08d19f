import { describe, expect, it } from 'vitest';
import { lostFullShape, markedRead, rereadMaySettle, settledSerial } from '../../../main/engine/extraction/value-read';

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

describe('a name read again enlarged', () => {
  it('lends its marks and never its extra words, the next label\'s scraps its wider crop reached', () => {
    const text = (cs: { c: string }[]) => cs.map((c) => c.c).join('');
    expect(text(markedRead('owner_name', chars('Đặng Diệu Quynh'), chars('Đặng Diệu Quỳnh Id Năm')))).toBe('Đặng Diệu Quỳnh');
    expect(text(markedRead('owner_name', chars('Vu Đức Quy'), chars('Vũ Đức Quý')))).toBe('Vũ Đức Quý');
    // A first read that lost a word: the re-read with more real syllables is the name.
    expect(text(markedRead('owner_name', chars('Nguyen Xq'), chars('Nguyễn Văn An')))).toBe('Nguyễn Văn An');
  });
});

describe('a confident serial checked once enlarged', () => {
  it('may be settled by the re-reads on a character or two, never replaced by a read of another line\'s ink', () => {
    // A bold 5 read as 2 on a small card: the enlarged re-reads may settle it.
    expect(rereadMaySettle(chars('JF58E-5364952'), chars('JF58E-5364955'))).toBe(true);
    // A skewed crop's re-read that differs in four characters read something else: the page pass stands.
    expect(rereadMaySettle(chars('JF58E-5364952'), chars('1F586-5567952'))).toBe(false);
    expect(rereadMaySettle(chars('JF58E-5364952'), chars('JF58E-536495'))).toBe(false);
    expect(rereadMaySettle(chars('JF58E-5364952'), chars('JF58E 5364952'))).toBe(false);
  });
});

describe('a confident serial double-keyed', () => {
  const text = (cs: { c: string }[]) => cs.map((c) => c.c).join('');
  const rereads = (upscaled: string, plain: string) => {
    const asked: string[] = [];
    const readAgain = async (view: 'upscaled' | 'plain') => { asked.push(view); return chars(view === 'upscaled' ? upscaled : plain, 0.95); };
    return { asked, readAgain };
  };

  it('stands without a re-read when the second reader spells it', async () => {
    const r = rereads('34M-884.13', '34M-884.13');
    expect(text(await settledSerial('plate', chars('34M-884.73'), chars('34M88473'), r.readAgain))).toBe('34M-884.73');
    expect(r.asked).toEqual([]);
  });

  it('takes the enlarged re-read the second reader spells', async () => {
    const r = rereads('P5AT-752222', 'PSAT-752222');
    expect(text(await settledSerial('engine', chars('PSAT-752222'), chars('P5AT752222'), r.readAgain))).toBe('P5AT-752222');
    expect(r.asked).toEqual(['upscaled']);
  });

  it('still reads the place a third time when the second reader spells neither read, and two re-reads that agree stand', async () => {
    // A hand's crossed 7: the page pass read 3, both re-reads 1 (the glyph check then tells a 7), the second reader 7.
    const r = rereads('34M-884.13', '34M-884.13');
    const out = await settledSerial('plate', chars('34M-884.33'), chars('34M88473'), r.readAgain);
    expect(text(out)).toBe('34M-884.13');
    expect(r.asked).toEqual(['upscaled', 'plain']);
    expect(out.filter((c) => c.confidence <= 0.75).map((c) => c.c)).toEqual(['1']);
  });
});
