import { describe, expect, it } from 'vitest';
import { CCCD_PROVINCE_CODES, normalizeCitizenId } from '../../../main/engine/records/citizen-id';
import { renderMessage } from '../../../main/engine/domain/messages/render';
import type { EngineMessage } from '../../../main/engine/domain/messages/message';

/** The English a coded issue reads as (what the command line prints). */
const en = (message: EngineMessage | null): string | null => (message ? renderMessage(message, 'en') : null);

const today = new Date(2026, 0, 15);

describe('citizen IDs', () => {
  it('lists the 63 provinces that issued birth registrations before 2025', () => {
    expect(CCCD_PROVINCE_CODES.size).toBe(63);
    expect(CCCD_PROVINCE_CODES.get('001')).toBe('Hà Nội');
    expect(CCCD_PROVINCE_CODES.get('079')).toBe('Hồ Chí Minh');
    expect(CCCD_PROVINCE_CODES.get('096')).toBe('Cà Mau');
    expect(CCCD_PROVINCE_CODES.has('003')).toBe(false);
  });

  it('accepts a plausible CCCD, written with or without spaces and dots', () => {
    expect(normalizeCitizenId('001090012345', today)).toEqual({ value: '001090012345', issues: [] });
    expect(normalizeCitizenId('001 090 012 345', today)).toEqual({ value: '001090012345', issues: [] });
    expect(normalizeCitizenId('079.305.123456', today).value).toBe('079305123456');
    expect(normalizeCitizenId('079305123456', today).issues.map(en)).toEqual([]); // female, born 2005
  });

  it('accepts a 9-digit CMND', () => {
    expect(normalizeCitizenId('012345678', today)).toEqual({ value: '012345678', issues: [] });
  });

  it('flags a province code no province has', () => {
    expect(normalizeCitizenId('003090012345', today).issues.map(en)).toEqual([
      'Citizen ID 003090012345 starts with 003, which is not the code of any province.',
    ]);
  });

  it('flags an impossible century/sex digit and a birth year in the future', () => {
    expect(normalizeCitizenId('001790012345', today).issues.map(en)[0]).toMatch(/7 as its 4th digit/);
    expect(normalizeCitizenId('001230012345', today).issues.map(en)[0]).toMatch(/birth year of 2030, which is in the future/);
    expect(normalizeCitizenId('001225012345', today).issues.map(en)).toEqual([]); // born 2025: not in the future
  });

  it('flags other lengths and non-digits, keeping what was typed', () => {
    const short = normalizeCitizenId('1090012345', today);
    expect(short.value).toBe('1090012345');
    expect(short.issues.map(en)[0]).toMatch(/10 digits, but a CCCD has 12 and a CMND 9 \(a leading 0 may have been lost/);
    const letters = normalizeCitizenId('00109001234O', today);
    expect(letters.value).toBe('00109001234O');
    expect(letters.issues.map(en)[0]).toMatch(/contains characters other than digits/);
  });

  it('explains a CCCD that a spreadsheet saved in exponent form', () => {
    expect(normalizeCitizenId('1.2345E+11', today).issues.map(en)[0]).toBe(
      'Citizen ID "1.2345E+11" was saved by a spreadsheet in exponent form, which loses digits; export the column as text.',
    );
  });
});
