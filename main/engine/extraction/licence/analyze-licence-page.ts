/**
 * Field finding for a page of driving licences: the card's frame as intake cut it out (card-frame.ts), else the
 * cards on the page found by their look (card-finder.ts),
 * each flattened and levelled (card-image.ts), read once the right way up (card-read.ts), and its values found
 * by label and grammar (licence-fields.ts). Boxes are in the page's own pixels. A found shape that reads as no
 * licence (licence-wording.ts: another paper's table or frame) is no card; a page whose shapes are all such says
 * so in one sentence and yields no value (a page with no shape at all was said at intake, card-pages.ts).
 */
import type { OcrLine } from '../../ocr/ocr-lines';
import type { OcrPool } from '../../ocr/ocr-worker-pool';
import type { Box, FieldReading, OcrWordBox } from '../../domain/field-reading';
import { findCards } from './card-finder';
import { cardFrameOf } from './card-frame';
import { cardImage, pageRed } from './card-image';
import { CARD_DPI, readCard } from './card-read';
import { rereadHolderName } from './holder-name-read';
import { rereadClass, rereadLicenceNo, rereadRestricted, rereadShortDate, secondlyReadZeros } from './licence-no-read';
import type { Point } from './homography';
import { findCardValues, foldLine, isFront, type CardValue } from './licence-fields';
import { isOddLicenceNo, type LicenceCardField } from './licence-grammar';
import { findLicenceDate } from './licence-date';
import { ringZeroWords } from './ring-zeros';
import { isLicenceCard } from './licence-wording';
import { say } from '../../domain/messages/catalogue';
import type { EngineMessage } from '../../domain/messages/message';

/** One reading of a licence field: the shape of a vehicle field reading, with a licence field's name. */
export type LicenceReading = Omit<FieldReading, 'field' | 'page'> & { field: LicenceCardField };

export interface CardAnalysis {
  /** The card's corners on the page (TL, TR, BR, BL). */
  corners: Point[];
  side: 'front' | 'back';
  readings: LicenceReading[];
  words: OcrWordBox[];
  /** What the officer must know about the card's values (a licence number of another length, kept as read). */
  problems: EngineMessage[];
}

export interface LicencePageAnalysis {
  cards: CardAnalysis[];
  /** Why nothing was read, when the shapes found on the page were no licence card. */
  problem: EngineMessage | null;
}

/** Reads every card on one page image. */
export async function analyzeLicencePage(image: Buffer, pool: OcrPool): Promise<LicencePageAnalysis> {
  // A card cut out at intake says where it lies; only another page is searched for cards.
  const frame = await cardFrameOf(image);
  const quads = frame ? [frame] : await findCards(image);
  if (quads.length === 0) return { cards: [], problem: null };
  const red = await pageRed(image);
  const cards: CardAnalysis[] = [];
  for (const quad of quads) {
    const card = cardImage(red, quad);
    const read = await readCard(card.grey, pool);
    const lines = read.lines.map(nfcLine);
    const W = read.image.width;
    const H = read.image.height;
    // Card pixels as read (perhaps half a turn) → flattened card → page.
    const toPage = (x: number, y: number): Point => card.toPage(read.turn === 180 ? { x: W - x, y: H - y } : { x, y });
    const pageBox = (b: { x0: number; y0: number; x1: number; y1: number }): Box => {
      const ps = [toPage(b.x0, b.y0), toPage(b.x1, b.y0), toPage(b.x1, b.y1), toPage(b.x0, b.y1)];
      const x = Math.min(...ps.map((p) => p.x));
      const y = Math.min(...ps.map((p) => p.y));
      return { x: Math.round(x), y: Math.round(y), w: Math.round(Math.max(...ps.map((p) => p.x)) - x), h: Math.round(Math.max(...ps.map((p) => p.y)) - y) };
    };
    const values = findCardValues(lines);
    if (!isLicenceCard(lines.map((l) => foldLine(l.text)).join('\n'), values)) continue;
    // The holder's name and the licence number are read again where they were found (tone marks, digits). A
    // date that parsed is not: re-reads of its place never changed one on the dev cards (a misread date is one
    // that fails its grammar), but for one read short (a one-digit day or month: a digit lost). A date or class
    // that failed its grammar is read again with only the field's characters.
    for (const v of values) {
      if (v.words.length === 0) continue;
      const box = { x0: Math.min(...v.words.map((w) => w.box.x0)), y0: Math.min(...v.words.map((w) => w.box.y0)), x1: Math.max(...v.words.map((w) => w.box.x1)), y1: Math.max(...v.words.map((w) => w.box.y1)) };
      // A date as its own words read (the card pass's reading, before any re-read).
      const dateAsRead = v.field === 'birth_date' || v.field === 'issued_on' ? findLicenceDate(v.words.map((w) => w.text).join(' ')) : null;
      const better = v.method === 'invalid' ? await rereadRestricted(pool, read.image, box, v.field as 'birth_date' | 'issued_on' | 'class', CARD_DPI, v.value)
        : v.field === 'full_name' ? await rereadHolderName(pool, read.image, box, v.value, CARD_DPI)
          : v.field === 'licence_no' ? await rereadLicenceNo(pool, read.image, box, v.value, CARD_DPI)
            : v.field === 'class' ? await rereadClass(pool, read.image, box, v.value, CARD_DPI)
              : dateAsRead?.short ? await rereadShortDate(pool, read.image, box, v.value, CARD_DPI)
                : v.value;
      if (better && better !== v.value) Object.assign(v, { value: better, method: 'reread' });
      // A date that parsed with a slashed or dotted zero read as 8 or 9 (10 read 18, 1980 read 1988) passes its
      // grammar: its glyphs tell (ring-zeros.ts), when its words alone read as the date found.
      if (dateAsRead && v.method !== 'invalid' && dateAsRead.value === v.value) {
        const ringed = findLicenceDate(ringZeroWords(v.words, read.image));
        const zeroed = await secondlyReadZeros(read.image, box, ringed?.value ?? v.value);
        if (zeroed !== v.value) Object.assign(v, { value: zeroed, method: 'reread' });
      }
    }
    // An unreadable place is only shown when no other place on the card gave the field.
    const kept = values.filter((v) => v.method !== 'invalid' || !values.some((o) => o.field === v.field && o.method !== 'invalid'));
    const odd = kept.filter((v) => v.field === 'licence_no' && isOddLicenceNo(v.value));
    cards.push({
      corners: quad.corners,
      side: isFront(kept) ? 'front' : 'back',
      readings: kept.map((v) => reading(v, pageBox)),
      words: lines.flatMap((l) => l.words).map((w) => ({ text: w.text, confidence: w.confidence / 100, box: pageBox(w.box) })),
      problems: odd.map((v) => say('intake.licence_number_length', { value: v.value, length: v.value.length })),
    });
  }
  return { cards, problem: cards.length ? null : say('intake.not_a_licence_card') };
}

function reading(v: CardValue, pageBox: (b: { x0: number; y0: number; x1: number; y1: number }) => Box): LicenceReading {
  const words = v.words;
  const confidence = words.length ? words.reduce((a, w) => a + w.confidence, 0) / words.length / 100 : 0.5;
  const box = words.length
    ? pageBox({ x0: Math.min(...words.map((w) => w.box.x0)), y0: Math.min(...words.map((w) => w.box.y0)), x1: Math.max(...words.map((w) => w.box.x1)), y1: Math.max(...words.map((w) => w.box.y1)) })
    : null;
  // Per-character confidences where the value is what was read; a corrected or reformatted value has its words' mean.
  const symbols = words.flatMap((w) => w.symbols ?? []);
  const asRead = symbols.map((s) => s.text).join('') === v.value.replace(/\s+/g, '');
  const chars = asRead ? symbols.map((s) => ({ c: s.text, confidence: s.confidence / 100 })) : [...v.value].map((c) => ({ c, confidence }));
  return { field: v.field, source: 'certificate', method: v.method, box, text: v.value, confidence: Math.round(confidence * 1000) / 1000, chars };
}

function nfcLine(line: OcrLine): OcrLine {
  const words = line.words.map((w) => ({ ...w, text: w.text.normalize('NFC') }));
  return { ...line, words, text: words.map((w) => w.text).join(' ') };
}
