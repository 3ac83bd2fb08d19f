// `node --import tsx scripts/make-demo-scans.ts`: writes resources/demo/scans/*.pdf, the sample scans the demo
// station imports on first start — dossiers of the demo station's own records, some with the paper differing
// from the record (a serial typed wrong at the station), one with no record at all, so the review has work.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRecords } from '../main/engine/demo/records.generator';
import { generateDossier } from '../tests/corpus/dossier';
import { pagesToPdf } from '../tests/corpus/generate';
import { generateCorpusRecord, type CorpusRecord } from '../tests/corpus/records';

const OUT = join(__dirname, '..', 'resources', 'demo', 'scans');
const bump = (s: string, at: number): string => s.slice(0, at) + (s[at] === '7' ? '4' : '7') + s.slice(at + 1);

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const records = [...generateRecords(6, 2026)] as CorpusRecord[];
  const papers: CorpusRecord[] = [
    records[0]!,
    { ...records[1]!, engine: bump(records[1]!.engine, records[1]!.engine.length - 2) },
    records[2]!,
    { ...records[3]!, chassis: bump(records[3]!.chassis, 14) },
    records[5]!,
    generateCorpusRecord(424242),
  ];
  for (const [i, record] of papers.entries()) {
    const dossier = await generateDossier(2026 + i, { record, handwriting: 0, stamp: i === 2 ? 1 : 0, degrade: { jpegQuality: [70, 80] } });
    writeFileSync(join(OUT, `ho-so-mau-${i + 1}.pdf`), await pagesToPdf(dossier.pages, 'jpeg'));
  }
  console.log(`wrote ${papers.length} sample dossiers to ${OUT}`);
}

void main();
