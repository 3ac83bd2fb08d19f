import assert from 'node:assert/strict';
import { join } from 'node:path';
import { generateRecords, writeRecordsCsv } from '../../main/engine/demo/records.generator';
import { e2e, eventually, focusedTestId } from './harness';

const COUNT = 2000;
const SEED = 7;

/** Turns the first 1 (or 0) after the series into the letter I (or O): a classic OCR confusion on a plate. */
function confusePlate(plate: string): { typed: string; read: string; as: string } | null {
  const dash = plate.indexOf('-');
  for (let i = dash + 2; i < plate.length; i++) {
    if (plate[i] === '1') return { typed: plate.slice(0, i) + 'I' + plate.slice(i + 1), read: 'I', as: '1' };
    if (plate[i] === '0') return { typed: plate.slice(0, i) + 'O' + plate.slice(i + 1), read: 'O', as: '0' };
  }
  return null;
}

e2e('(b) a plate typed with an OCR confusion finds the right record first, and says why', async (ctx) => {
  const csv = join(ctx.dir, 'records.csv');
  await writeRecordsCsv(csv, COUNT, SEED);
  await ctx.host.engine.records.import({ files: [csv] });

  // A record from the middle of the file whose plate has a 1 or 0 after the series.
  let target: { id: string; plate: string; typed: string; read: string; as: string } | null = null;
  let index = 0;
  for (const record of generateRecords(COUNT, SEED)) {
    const confused = index++ > COUNT / 2 ? confusePlate(record.plate) : null;
    if (confused) {
      target = { id: record.record_id, plate: record.plate, ...confused };
      break;
    }
  }
  assert.ok(target, 'the generated data has a plate with a 1 or 0');

  const page = await ctx.open();
  await page.keyboard.press('Control+f');
  const input = page.getByTestId('search-input');
  assert.equal(await focusedTestId(page), 'search-input', 'Ctrl+F focuses the search box');
  await input.pressSequentially(target.typed, { delay: 20 });

  const first = page.getByTestId('candidate').first();
  await eventually(async () => assert.equal(await first.getAttribute('data-record-id'), target.id), 10_000);
  const why = (await first.getByTestId('candidate-why').textContent()) ?? '';
  // Quoted as the UI's language quotes (“I” in Vietnamese, "I" in English).
  const quoted = (text: string): boolean => [`"${text}"`, `“${text}”`].some((q) => why.includes(q));
  assert.ok(quoted(target.read) && quoted(target.as), `the why names the confusion ${target.read}/${target.as}: ${why}`);
  // In Vietnamese, rendered from the reason's code: none of the engine's English.
  assert.doesNotMatch(why, /\b(matches|read as|position|and)\b/, why);
  await ctx.shot('05-search-ocr-confusion');

  await input.press('Enter');
  const detail = page.getByTestId('record-detail');
  await detail.getByRole('heading', { name: target.id }).waitFor();
  await detail.getByText(target.plate).waitFor();
  await ctx.shot('06-search-opened-detail');

  // Escape closes the panel and gives the keyboard back to the table.
  await page.keyboard.press('Escape');
  await detail.waitFor({ state: 'detached' });
});
