// `node --import tsx tests/corpus/generate-licences.ts --out DIR [--split dev|heldout-seen|heldout|heldout-typed] [--count N] [--seed S]`:
// writes pages of paper and PET driving licences (scans and phone photos) with truth.json (corpus.ts).
import { resolve } from 'node:path';
import { LICENCE_SPLITS, type LicenceSplit } from './licences/card-style';
import { writeLicencePages } from './licences/corpus';
import { closeCardRenderer } from './licences/render-card';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);

async function main(): Promise<void> {
  const out = resolve(opt('out') ?? 'licence-corpus');
  const split = opt('split');
  if (split && !LICENCE_SPLITS.includes(split as LicenceSplit)) throw new Error('--split must be dev, heldout-seen, heldout or heldout-typed');
  const count = Number(opt('count') ?? 8);
  for (const s of split ? [split as LicenceSplit] : LICENCE_SPLITS) {
    const pages = await writeLicencePages(resolve(out, s), s, count, Number(opt('seed') ?? 1));
    console.log(`${s}: ${pages.length} pages, ${pages.reduce((a, p) => a + p.cards.length, 0)} cards in ${resolve(out, s)}`);
  }
  await closeCardRenderer();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
