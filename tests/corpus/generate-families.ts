/**
 * Writes dossiers of the layout families with ground truth:
 *   node --import tsx tests/corpus/generate-families.ts --out DIR [--family F] [--split dev|heldout] [--count N] [--seed S]
 * One file per dossier (PDF of JPEG pages, or multi-page CCITT G4 TIFF for bi-level scans) and DIR/truth.json:
 * { dossiers: [{ file, family, split, seed, record_id, truth, meta }] }. Dossier i of a family×split uses seed
 * S + i, so any one can be regenerated alone with FAMILIES[…].generate(seed, split).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES, SPLITS, closeHtmlRenderer, familyByName, type Split } from './families/index';
import { dossierFile } from './families/files';

function parse(argv: string[]): { out: string; families: string[]; splits: Split[]; count: number; seed: number } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = get('out');
  const split = get('split');
  if (!out || (split && !SPLITS.includes(split as Split))) {
    throw new Error('usage: generate-families.ts --out DIR [--family F] [--split dev|heldout] [--count N] [--seed S]');
  }
  const family = get('family');
  return {
    out,
    families: family ? [familyByName(family).name] : FAMILIES.map((f) => f.name),
    splits: split ? [split as Split] : [...SPLITS],
    count: Number(get('count') ?? 4),
    seed: Number(get('seed') ?? 1),
  };
}

async function main(): Promise<void> {
  const a = parse(process.argv.slice(2));
  mkdirSync(a.out, { recursive: true });
  const dossiers: unknown[] = [];
  const started = Date.now();
  try {
    for (const name of a.families) {
      for (const split of a.splits) {
        for (let i = 0; i < a.count; i++) {
          const seed = a.seed + i;
          const d = await familyByName(name).generate(seed, split);
          const { ext, data } = await dossierFile(d);
          const file = `${name}-${split}-${String(i + 1).padStart(4, '0')}.${ext}`;
          writeFileSync(join(a.out, file), data);
          dossiers.push({ file, family: name, split, seed, record_id: d.meta.record_id, truth: d.truth, meta: d.meta });
          process.stderr.write(`\r${dossiers.length} dossiers`);
        }
      }
    }
  } finally {
    await closeHtmlRenderer();
  }
  writeFileSync(join(a.out, 'truth.json'), `${JSON.stringify({ generator: { ...a, out: undefined }, dossiers }, null, 1)}\n`);
  process.stderr.write(`\n${dossiers.length} dossiers in ${((Date.now() - started) / 1000).toFixed(1)} s → ${a.out}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  });
}
