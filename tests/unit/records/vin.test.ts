import { describe, expect, it } from 'vitest';
import { chassisIssue, engineIssue, normalizeSerial, serialKey, vinCheckDigitValid } from '../../../main/engine/records/vin';
import { renderMessage } from '../../../main/engine/domain/messages/render';
import type { EngineMessage } from '../../../main/engine/domain/messages/message';

/** The English a coded issue reads as (what the command line prints). */
const en = (message: EngineMessage | null): string | null => (message ? renderMessage(message, 'en') : null);

describe('VIN check digit', () => {
  it('accepts VINs whose position 9 is right', () => {
    expect(vinCheckDigitValid('1HGCM82633A004352')).toBe(true); // the textbook example
    expect(vinCheckDigitValid('11111111111111111')).toBe(true);
    expect(vinCheckDigitValid('1M8GDM9AXKP042788')).toBe(true); // remainder 10 → X
  });

  it('says false for a wrong check digit and null when the question does not apply', () => {
    expect(vinCheckDigitValid('1HGCM82643A004352')).toBe(false);
    expect(vinCheckDigitValid('RLHJF6320BY123456')).toBe(false);
    expect(vinCheckDigitValid('RLHJF632OBY123456')).toBeNull(); // has an O: not a VIN
    expect(vinCheckDigitValid('VTTDC12345678')).toBeNull(); // a short local frame number
  });
});

describe('chassis and engine numbers', () => {
  it('are stored uppercase without spaces and dots; engine numbers keep their dash', () => {
    expect(normalizeSerial(' rlhjf6320by 123.456 ')).toBe('RLHJF6320BY123456');
    expect(normalizeSerial('jf63e-1234567')).toBe('JF63E-1234567');
    expect(serialKey('JF63E-1234567')).toBe('JF63E1234567');
    expect(serialKey('jf63e 1234.567')).toBe('JF63E1234567');
  });

  it('flag a letter a VIN never uses, saying where and what it probably is', () => {
    expect(en(chassisIssue('RLHJO6320BY123456'))).toBe(
      'Chassis number has the letter O at position 5, which a VIN never uses (probably 0).',
    );
    expect(en(chassisIssue('RLHJF6320BY12345I'))).toMatch(/letter I at position 17.*probably 1/);
    expect(en(chassisIssue('RLHQF6320BYO23456'))).toMatch(/letters Q at position 4 and O at position 12.*probably 0 and 0/);
  });

  it('do not flag a VIN whose check digit is wrong (Vietnamese VINs need not have one)', () => {
    expect(vinCheckDigitValid('RLHJF6320BY123456')).toBe(false);
    expect(en(chassisIssue('RLHJF6320BY123456'))).toBeNull();
  });

  it('allow short local frame numbers but not illegal characters or fragments', () => {
    expect(en(chassisIssue('VTTDC12345678'))).toBeNull();
    expect(en(chassisIssue('HA08-3931721'))).toBeNull();
    expect(en(chassisIssue('RLH*F6320BY123456'))).toMatch(/contains "\*"/);
    expect(en(chassisIssue('ĐT123456'))).toMatch(/contains "Đ"/);
    expect(en(chassisIssue('A12'))).toMatch(/too short/);
    expect(en(engineIssue('JF63E-1234567'))).toBeNull();
    expect(en(engineIssue('12-3'))).toMatch(/Engine number "12-3" is too short/);
  });

  it('notice a Vietnamese-made VIN with a character missing', () => {
    expect(en(chassisIssue('RLHJF6320BY12345'))).toMatch(/16 characters, but a VIN starting with RLH has 17/);
  });
});
