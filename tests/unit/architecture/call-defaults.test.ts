/**
 * A call's defaults are written once, in its schema: the engine's methods (which the command line calls directly,
 * without the IPC boundary) fill in what a caller left out from there, so the screens and the command line get the
 * same answer for the same input.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, withCallDefaults, withDefaults } from '../../../main/engine/domain/call';
import { calls } from '../../../preload/contract';

describe('a call input’s defaults', () => {
  const find = call(z.object({ text: z.string(), limit: z.number().default(20), kind: z.enum(['a', 'b']).default('a') }), z.unknown(), 'x');

  it('fills in a field left out, or given as undefined, with the schema’s default', () => {
    expect(withDefaults(find, { text: 'RLH' })).toEqual({ text: 'RLH', limit: 20, kind: 'a' });
    expect(withDefaults(find, { text: 'RLH', limit: undefined })).toEqual({ text: 'RLH', limit: 20, kind: 'a' });
  });

  it('keeps what the caller gave and the engine’s own extra fields', () => {
    const fromCommandLine = { text: 'RLH', limit: 5, kind: 'b' as const, source: 'tệp.csv' };
    expect(withDefaults(find, fromCommandLine)).toEqual({ text: 'RLH', limit: 5, kind: 'b', source: 'tệp.csv' });
  });

  it('gives every call of the contract the defaults the boundary’s parse gives', () => {
    let defaulted = 0;
    for (const [name, c] of Object.entries(calls)) {
      if (!(c.input instanceof z.ZodObject)) continue;
      const input = c.input as z.ZodObject;
      const keys = Object.keys(input.shape).filter((k) => input.shape[k] instanceof z.ZodDefault);
      if (keys.length === 0) continue;
      defaulted++;
      const boundary = z.object(Object.fromEntries(keys.map((k) => [k, input.shape[k]!]))).parse({});
      expect([name, withDefaults({ ...c, input }, {})]).toEqual([name, boundary]);
    }
    expect(defaulted).toBeGreaterThan(10);
  });

  it('reaches every engine method of a call with defaults, whatever the method itself remembers', () => {
    // An api whose methods fill in nothing and answer what they were given, as the engine's are wrapped in createEngine.
    const api: Record<string, Record<string, (input?: object, extra?: unknown) => unknown>> = {};
    for (const name of Object.keys(calls)) {
      const [area, method] = name.split('.') as [string, string];
      (api[area] ??= {})[method] = (input, extra) => ({ input, extra });
    }
    withCallDefaults(api, calls);
    for (const [name, c] of Object.entries(calls)) {
      if (!(c.input instanceof z.ZodObject)) continue;
      const input = c.input as z.ZodObject;
      const keys = Object.keys(input.shape).filter((k) => input.shape[k] instanceof z.ZodDefault);
      if (keys.length === 0) continue;
      const boundary = z.object(Object.fromEntries(keys.map((k) => [k, input.shape[k]!]))).parse({});
      const [area, method] = name.split('.') as [string, string];
      expect([name, api[area]![method]!()]).toEqual([name, { input: boundary, extra: undefined }]);
      expect([name, api[area]![method]!({ source: 'tệp.csv' }, 7)]).toEqual([name, { input: { ...boundary, source: 'tệp.csv' }, extra: 7 }]);
    }
  });
});
