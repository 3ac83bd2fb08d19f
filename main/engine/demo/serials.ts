/**
 * Chassis (VIN or old frame) and engine numbers, unique by construction within a generator run.
 *
 * Serials within one namespace (a VIN prefix, or an engine/frame template) are a pseudo-random permutation of
 * a counter, like a maker stamping serials from one production run — so near-twins (one character apart)
 * occur as often as they do in real stations, which is exactly what a lookup must cope with.
 */

import { UniqueDraws, type Rng } from './prng';
import { modelYearCode, type VehicleModel } from './vehicles';

/** Letters legal in a VIN (ISO 3779 forbids I, O and Q). */
export const VIN_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const PLANTS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

const TRANSLITERATION: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The North-American check digit (VIN position 9) of a 17-character VIN. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i];
    const v = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : (TRANSLITERATION[ch] ?? 0);
    sum += v * WEIGHTS[i];
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

export class SerialIssuer {
  private readonly draws: UniqueDraws;

  constructor(seed: number) {
    this.draws = new UniqueDraws(seed);
  }

  /**
   * A VIN for a unit of `model` built for `year`. Foreign makers' VINs carry a valid check digit; Vietnamese
   * makers' only sometimes do (DESIGN.md: never required, only evidence).
   */
  vin(rng: Rng, model: VehicleModel, year: number): string {
    const yearCode = modelYearCode(year);
    let plantIndex = -1;
    for (;;) {
      const plant = plantIndex < 0 ? model.plant : PLANTS[plantIndex];
      const prefix = `${model.wmi}${model.vds}`;
      const ns = `${prefix}?${yearCode}${plant}`;
      const x = this.draws.draw(ns, 1_000_000);
      if (x >= 0) {
        const serial = String(x).padStart(6, '0');
        const draft = `${prefix}0${yearCode}${plant}${serial}`;
        const foreign = !model.wmi.startsWith('R');
        const check = foreign || rng() < 0.6 ? vinCheckDigit(draft) : String(Math.floor(rng() * 10));
        return `${prefix}${check}${yearCode}${plant}${serial}`;
      }
      // A production run is used up (only at tens of millions of records): continue at another plant code.
      plantIndex++;
      if (plantIndex >= PLANTS.length) throw new RangeError(`Ran out of synthetic VINs for ${model.model}`);
    }
  }

  /** The next serial of a template (`#` digit, `@` VIN letter), e.g. `JF63E-#######`. */
  fromTemplate(template: string): string {
    const t = parseTemplate(template);
    let x = this.draws.draw(template, t.space);
    if (x < 0) throw new RangeError(`Ran out of synthetic serials for ${template}`);
    // Most maker templates are a literal prefix and a run of digits: format those without a char array.
    if (t.digitsOnlyTail) return t.prefix + String(x).padStart(t.slots.length, '0');
    const out = t.chars.slice();
    for (let i = t.slots.length - 1; i >= 0; i--) {
      const at = t.slots[i];
      const radix = out[at] === '#' ? 10 : VIN_LETTERS.length;
      out[at] = radix === 10 ? String.fromCharCode(48 + (x % 10)) : VIN_LETTERS[x % radix];
      x = Math.floor(x / radix);
    }
    return out.join('');
  }
}

interface ParsedTemplate {
  chars: string[];
  /** Positions of `#` and `@`. */
  slots: number[];
  space: number;
  /** True when the template is a literal prefix followed only by `#`s. */
  digitsOnlyTail: boolean;
  prefix: string;
}

const parsedTemplates = new Map<string, ParsedTemplate>();

function parseTemplate(template: string): ParsedTemplate {
  let t = parsedTemplates.get(template);
  if (t === undefined) {
    const chars = template.split('');
    const slots: number[] = [];
    let space = 1;
    chars.forEach((ch, i) => {
      if (ch === '#' || ch === '@') {
        slots.push(i);
        space *= ch === '#' ? 10 : VIN_LETTERS.length;
      }
    });
    const tail = /^([^#@]*)(#+)$/.exec(template);
    t = { chars, slots, space, digitsOnlyTail: tail !== null, prefix: tail?.[1] ?? '' };
    parsedTemplates.set(template, t);
  }
  return t;
}
