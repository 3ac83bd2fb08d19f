/**
 * Paper that is no driving licence imported as licences (`scan import --kind licence`): a vehicle's declaration
 * form and its registration certificate, on whose pages the card finder still finds a card-like shape (a table,
 * the certificate's frame). Each page is said in one sentence naming the file and page, in Vietnamese and
 * English; nothing is read from it into licence fields (the citizen ID, owner's name and dates it prints are no
 * licence's values); the card imported after them in the same batch is read as ever.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import { renderMessage } from '../../main/engine/domain/messages/render';
import { findCards } from '../../main/engine/extraction/licence/card-finder';
import { generateDossier } from '../corpus/dossier';
import { writeLicencePages } from '../corpus/licences/corpus';
import { closeCardRenderer } from '../corpus/licences/render-card';

const dir = mkdtempSync(join(tmpdir(), 'sohoa-licence-no-card-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a page with no licence card on it, imported as licences', () => {
  it('is said in one sentence naming file and page, reads no licence value, and the batch goes on', async () => {
    const form = join(dir, 'vehicle-form.jpg');
    const certificate = join(dir, 'vehicle-certificate.jpg');
    writeFileSync(form, (await generateDossier(502, { handwriting: 0 })).pages[0]!);
    writeFileSync(certificate, (await generateDossier(500, { handwriting: 0 })).pages[1]!);
    const [card] = await writeLicencePages(join(dir, 'cards'), 'dev', 1, 7, ['scan']);
    await closeCardRenderer();
    // The finder sees a card-like shape on both pages: only their reading tells they are no licence.
    for (const file of [form, certificate]) expect((await findCards(readFileSync(file))).length).toBeGreaterThan(0);
    const engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
    try {
      const report = await engine.scan.import({ paths: [form, certificate, card!.file], kind: 'licence' });
      expect(report.errors).toEqual([]);
      const views = engine.dossiers.all();
      for (const [file, name] of [[form, 'vehicle-form.jpg'], [certificate, 'vehicle-certificate.jpg']] as const) {
        const mine = views.filter((v) => v.source[0] === file);
        expect(mine).toHaveLength(1);
        const [none] = mine;
        expect(Object.values(none!.fields).every((f) => f === null)).toBe(true);
        expect(none!.record_id).toBeNull();
        // One sentence, however many shapes were cut from the page.
        expect(none!.error).toBe(`${name} page 1: no driving-licence card was found on it (what looked like a card shows no licence wording or value: it may be another paper, such as a vehicle form, or a card too dark or blurred to read); nothing is read from it, and the officer sees the page.`);
        const vi = none!.problems!.map((m) => renderMessage(m, 'vi')).join(' ');
        expect(vi).toMatch(new RegExp(`^${name.replace('.', '\\.')} trang 1: không tìm thấy giấy phép lái xe nào trên trang`));
      }
      const [read] = views.filter((v) => v.source[0] === card!.file);
      expect(read!.fields.licence_no?.value).toBe(card!.cards[0]!.truth.licence_no);
      expect(read!.error).toBeNull();
    } finally {
      await engine.close();
    }
  }, 300_000);
});
