/**
 * The owner's name where no name label was read (its words lost to a stamp, or worded as no form we know,
 * "Chủ xe (Owner):"): the name that follows a colon and starts with a Vietnamese family name. A form prints
 * the owner's block first, so the topmost such name is taken; it is one copy's read like any other, never
 * sure on its own, and the officer sees it beside the record.
 */
import type { OcrLine, OcrWord } from '../ocr/ocr-lines';
import { findFieldValue } from './field-grammar';
import type { FoundValue } from './found-value';
import { boxOf, wordsIn } from './line-geometry';
import { isFamilyName } from './vietnamese-names';

export function ownerNameByShape(lines: OcrLine[], used: ReadonlySet<OcrWord>): FoundValue | null {
  for (const line of lines) {
    for (let i = 0; i < line.words.length - 1; i++) {
      if (!line.words[i].text.endsWith(':')) continue;
      const after = line.words.slice(i + 1);
      const stop = after.findIndex((w) => used.has(w));
      const free = stop < 0 ? after : after.slice(0, stop);
      const text = free.map((w) => w.text).join(' ');
      const match = text ? findFieldValue('owner_name', text) : null;
      if (!match || match.start !== 0 || !isFamilyName(match.value.split(' ')[0])) continue;
      const mine = wordsIn(free, match);
      return { field: 'owner_name', method: 'pattern', text, match, words: mine, region: boxOf(mine, line.box) };
    }
  }
  return null;
}
