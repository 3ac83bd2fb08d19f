import { describe, expect, it } from 'vitest';
import { DISPUTED, disputedBy, doubleKeyed } from '../../../main/engine/extraction/double-keying';
import type { CharConf } from '../../../main/engine/extraction/region-read';

const read = (text: string, confidence = 0.97): CharConf[] => [...text].map((c) => ({ c, confidence }));
const text = (cs: CharConf[]): string => cs.map((c) => c.c).join('');
const doubted = (cs: CharConf[]): string => cs.filter((c) => /[\p{L}\d]/u.test(c.c)).map((c) => (c.confidence <= DISPUTED ? '?' : '.')).join('');

describe('double keying a serial', () => {
  it('keeps a value both readers spell, separators and Đ included', () => {
    const settled = read('34-MĐ8 431.13');
    expect(doubleKeyed(settled, [settled], read('34MD843113', 0.9))).toBe(settled);
  });

  it('takes the re-read the second reader spells over a page pass that misread a bold F as E, doubting where they differ', () => {
    const page = read('RL4B3FE12GY131982');
    const rereads = read('RL4B3EE12GY131982');
    const out = doubleKeyed(rereads, [page, rereads], read('RL4B3FE12GY131982', 0.99));
    expect(text(out)).toBe('RL4B3FE12GY131982');
    expect(doubted(out)).toBe('.....?...........');
  });

  it('never takes the second reader\'s value alone: tesseract\'s stands, the characters read otherwise asked', () => {
    const page = read('RL4B3FL18H0809932');
    const out = doubleKeyed(page, [page], read('RL4B3FE18H0809932', 0.97));
    expect(text(out)).toBe('RL4B3FL18H0809932');
    expect(doubted(out)).toBe('......?..........');
  });

  it('says nothing position by position when the second reader lost a character', () => {
    const page = read('RLHJF5813H0421122');
    expect(doubleKeyed(page, [page], read('RLHJF5813H042112'))).toEqual(page);
    expect(disputedBy(page, null)).toBe(page);
  });
});
