/**
 * `nonform`: a dossier of pages with no form on them (a fee receipt, a proxy's ID card copy, the blank back of
 * a sheet): a reader must invent no field from it and link it to no record.
 */
import { createRng } from '../rng';
import { assemble } from './assemble';
import { extraPage } from './extras';
import { familyRecord } from './record';
import { labelFace, typedFace } from './styles';
import type { Family, FamilyDossier, FamilyOptions, Split } from './types';

async function generate(seed: number, split: Split, options: FamilyOptions = {}): Promise<FamilyDossier> {
  const rng = createRng(seed).fork(`nonform-${split}`);
  const sheets = Array.from({ length: rng.int(1, 2) }, (_, i) => extraPage(rng.fork(`page${i}`), { label: labelFace(rng, split), value: typedFace(rng, split) }));
  // The record only names the dossier; nothing of it is on paper.
  return assemble({ family: 'nonform', split, seed, record: familyRecord(seed), onPaper: [], sheets, extraChance: 0, clean: options.clean });
}

export const nonform: Family = { name: 'nonform', generate };
