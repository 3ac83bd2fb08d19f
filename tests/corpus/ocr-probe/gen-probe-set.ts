import { mkdirSync, writeFileSync } from 'node:fs';
import { generateDossier } from '../dossier';
async function main(): Promise<void> {
  const [out, from, count] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
  mkdirSync(out, { recursive: true });
  const all: unknown[] = [];
  const t0 = Date.now();
  for (let s = from; s < from + count; s++) {
    const d = await generateDossier(s);
    d.pages.forEach((p, i) => writeFileSync(`${out}/s${s}-p${i}.jpg`, p));
    all.push({ seed: s, truth: d.truth, meta: d.meta });
  }
  writeFileSync(`${out}/truth.json`, JSON.stringify(all, null, 1));
  console.log('ms/page', (Date.now() - t0) / (count * 2));
}
void main();
