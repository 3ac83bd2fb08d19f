/**
 * The benchmark's dossiers: `count` per family × split, generated once and cached on disk under a key that
 * changes with the generator's code and fonts (generation is deterministic per seed, so a cached dossier is the
 * same bytes a fresh run would make).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FAMILIES, NON_FORM, closeHtmlRenderer, familyByName, type Split } from '../../corpus/families/index';
import { dossierFile } from '../../corpus/families/files';
import type { FamilyDossier } from '../../corpus/families/types';

export interface BenchDossier {
  family: string;
  split: Split;
  seed: number;
  /** The dossier as one scanner file, and its pages one file each (for the stock reference). */
  file: string;
  pageFiles: string[];
  truth: FamilyDossier['truth'];
  record_id: string;
  onPaper: FamilyDossier['meta']['onPaper'];
}

function generatorKey(): string {
  const h = createHash('sha1');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|ttf)$/.test(name)) h.update(name).update(readFileSync(p));
    }
  };
  walk(resolve(__dirname, '..', '..', 'corpus'));
  walk(resolve(__dirname, '..', '..', '..', 'resources', 'fonts'));
  return h.digest('hex').slice(0, 12);
}

/** Seeds never overlap between families and splits, so record ids stay unique across the run. */
export const seedOf = (family: string, split: Split, i: number): number =>
  20_000 + [...FAMILIES, NON_FORM].findIndex((f) => f.name === family) * 1000 + (split === 'heldout' ? 500 : 0) + i;

export async function benchCorpus(families: string[], splits: Split[], count: number, log: (s: string) => void): Promise<BenchDossier[]> {
  const cache = join(process.env.SOHOA_BENCH_CACHE ?? join(tmpdir(), 'sohoa-families-cache'), generatorKey());
  mkdirSync(cache, { recursive: true });
  const jobs = families.flatMap((family) => splits.flatMap((split) => Array.from({ length: count }, (_, i) => ({ family, split, seed: seedOf(family, split, i) }))));
  const out: BenchDossier[] = new Array(jobs.length);
  let made = 0;
  let next = 0;
  const t = Date.now();
  // Two at a time: librsvg/sharp and Chromium each leave a core idle while the other works.
  const worker = async (): Promise<void> => {
    for (let k = next++; k < jobs.length; k = next++) {
      const { family, split, seed } = jobs[k]!;
      const base = join(cache, `${family}-${split}-${seed}`);
      if (!existsSync(`${base}.json`)) {
        const d = await familyByName(family).generate(seed, split);
        const { ext, data } = await dossierFile(d);
        writeFileSync(`${base}.${ext}`, data);
        const pageExt = d.meta.container === 'tiff' ? 'tif' : 'jpg';
        const pageFiles = d.pages.map((p, j) => {
          writeFileSync(`${base}-p${j + 1}.${pageExt}`, p);
          return `${base}-p${j + 1}.${pageExt}`;
        });
        const entry: BenchDossier = { family, split, seed, file: `${base}.${ext}`, pageFiles, truth: d.truth, record_id: d.meta.record_id, onPaper: d.meta.onPaper };
        writeFileSync(`${base}.json`, JSON.stringify(entry));
        made++;
      }
      out[k] = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as BenchDossier;
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    await closeHtmlRenderer();
  }
  log(`corpus: ${out.length} dossiers (${made} generated in ${((Date.now() - t) / 1000).toFixed(0)} s, the rest from ${cache})`);
  return out;
}
