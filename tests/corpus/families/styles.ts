/**
 * Faces, hands and leaders per split. The held-out split uses faces the dev split never shows (Noto Serif,
 * Roboto, Roboto Mono; Pangolin and Itim hands) and leader styles the dev split does not draw.
 */
import type { Rng } from '../rng';
import type { Hand, Leader, Look } from './doc';
import type { Split } from './types';

const FACES = {
  dev: { label: ['Tinos', 'DejaVu Serif'], typed: ['Cousine', 'Tinos', 'Arimo', 'DejaVu Sans', 'DejaVu Serif'], hand: ['Patrick Hand', 'Dancing Script'], leader: ['dotted', 'dashed'] as Leader[] },
  heldout: { label: ['Noto Serif', 'Roboto'], typed: ['Roboto Mono', 'Roboto', 'Noto Serif'], hand: ['Pangolin', 'Itim'], leader: ['solid', 'none', 'dotted'] as Leader[] },
} as const;

export const labelFace = (rng: Rng, split: Split): string => rng.pick(FACES[split].label);
export const typedFace = (rng: Rng, split: Split): string => rng.pick(FACES[split].typed);
export const leaderStyle = (rng: Rng, split: Split): Leader => rng.pick(FACES[split].leader);

/** One typist or one hand for the page's values. */
export function pickHand(rng: Rng, split: Split, handChance = 0.3, size = 50): Hand {
  const r = rng.fork('hand');
  const handwritten = r.chance(handChance);
  const look: Look = handwritten
    ? { family: r.pick(FACES[split].hand), size: Math.round(size * r.range(1.1, 1.3)), fill: r.pick(['#1c2f8f', '#13206b', '#222']) }
    : { family: r.pick(FACES[split].typed), size: Math.round(size * r.range(0.9, 1.08)), bold: r.chance(0.25), fill: '#101010' };
  return { look, handwritten, jitter: handwritten ? 6 : 1.5, tilt: handwritten ? 1.5 : 0.2 };
}

/** Vietnamese capitals, as certificates and many typists print names. */
export const upper = (s: string): string => s.toLocaleUpperCase('vi');
