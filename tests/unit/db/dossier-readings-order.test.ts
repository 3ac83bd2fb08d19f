// A dossier's readings come back in page order, whichever OCR worker finished its page first: the Review screen
// opens the page of a flag's first reading and lists the copies in this order, so two imports of the same paper
// must show the officer the same page (a later page finishing first used to open the certificate, not the form).
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/database';
import { DossiersRepo } from '../../../main/engine/db/dossiers.repo';
import type { FieldReading, PageAnalysis } from '../../../main/engine/domain/field-reading';

const reading = (text: string, source: FieldReading['source']): Omit<FieldReading, 'page'> => ({ field: 'chassis', source, method: 'label', box: { x: 10, y: 10, w: 200, h: 30 }, text, confidence: 0.93, chars: [] });
const analysis = (readings: Omit<FieldReading, 'page'>[]): PageAnalysis => ({ rotation: 0, skew: 0, blank: false, kind: 'declaration', words: [], readings });

describe('a dossier’s readings', () => {
  it('are in page order, then in the order each page gave them, whichever page was read first', () => {
    const db = openDatabase(':memory:');
    const dossiers = new DossiersRepo(db);
    const page = (i: number) => ({ sha256: `p${i}`, imagePath: `/archive/p${i}.jpg`, sourceFile: 'a.pdf', indexInFile: i, width: 100, height: 140 });
    const id = dossiers.create({ source: ['a.pdf'], status: 'processing', error: null, pages: [page(0), page(1)], sourceFiles: [{ sha256: 'a', path: 'a.pdf', archivePath: null }] });
    const [first, second] = dossiers.queuedPagesOf(id);
    // The certificate (page 2) finishes before the form (page 1), as it may with two OCR workers.
    dossiers.completePage(second!, analysis([reading('RLC5VT109AY144815', 'certificate')]));
    dossiers.completePage(first!, analysis([reading('RLC5VT109AY144815', 'form'), reading('RLC5VT109AY144815', 'rubbing')]));
    expect(dossiers.readings(first!.dossierSeq).map((r) => [r.page, r.source])).toEqual([
      [0, 'form'],
      [0, 'rubbing'],
      [1, 'certificate'],
    ]);
  });
});
