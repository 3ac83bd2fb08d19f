/**
 * A paper licence whose number, as printed or as read, has a length no licence number has: the scan keeps it as
 * read for the officer, and the dossier says so in one sentence naming the file and its page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import { renderMessage } from '../../main/engine/domain/messages/render';
import { cardStyle } from '../corpus/licences/card-style';
import { scanPage } from '../corpus/licences/compose';
import { closeCardRenderer, renderCard } from '../corpus/licences/render-card';
import { licenceTruth } from '../corpus/licences/truth';
import { createRng } from '../corpus/rng';

const dir = mkdtempSync(join(tmpdir(), 'sohoa-licence-odd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a scanned licence number of the wrong length', () => {
  it('is kept as read, with a sentence naming the file and page, in Vietnamese and English', async () => {
    const r = createRng(5);
    const truth = { ...licenceTruth(r.fork('holder'), 'pet'), licence_no: '01104250425' };
    const card = await renderCard('pet', 'front', truth, cardStyle(r.fork('style'), 'dev', false), r.fork('card'), 300);
    await closeCardRenderer();
    const page = await scanPage([card], r.fork('scan'), 300, false);
    const file = join(dir, 'the-odd-card.png');
    writeFileSync(file, page.image);
    const engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
    try {
      await engine.scan.import({ paths: [file], kind: 'licence' });
      const [dossier] = engine.dossiers.all();
      expect(dossier!.fields.licence_no?.value).toBe('01104250425');
      expect(dossier!.error).toContain('the-odd-card.png page 1: the licence number read on the card, 01104250425, has 11 digits');
      const said = dossier!.problems!.map((m) => renderMessage(m, 'vi')).join(' ');
      expect(said).toContain('the-odd-card.png trang 1: số giấy phép lái xe đọc được trên thẻ, 01104250425, có 11 chữ số');
    } finally {
      await engine.close();
    }
  }, 180_000);
});
