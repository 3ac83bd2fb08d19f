/** The layout families of the scan corpus, each with a dev and a held-out split. */
import { bilingual } from './bilingual';
import { certificate } from './certificate';
import { classic } from './classic';
import { dkx10 } from './dkx10';
import { nonform } from './nonform';
import { table } from './table';
import { under } from './under';
import type { Family } from './types';

export type { Family, FamilyDossier, FamilyOptions, FamilyPageMeta, FieldBox, Split } from './types';
export { SPLITS } from './types';
export { closeHtmlRenderer } from './render-html';

export const FAMILIES: Family[] = [classic, dkx10, bilingual, table, under, certificate];
/** Dossiers with no form at all: nothing may be read from them (the benchmark's `nonform` row). */
export const NON_FORM: Family = nonform;

export function familyByName(name: string): Family {
  const f = [...FAMILIES, NON_FORM].find((x) => x.name === name);
  if (!f) throw new Error(`No layout family “${name}” (have: ${[...FAMILIES, NON_FORM].map((x) => x.name).join(', ')}).`);
  return f;
}
