/**
 * The owner's name where no name label was read (its words lost to a stamp or misread, or worded as no form we
 * know, "Người đứng tên:"): the name that follows a colon (or a full stop near the line's start, then in capitals to
 * the line's end) and starts with a Vietnamese family name. A form prints the owner's block first, so the topmost
 * such name is taken; it is one copy's read like any other, never sure on its own, and the officer sees it beside
 * the record.
 */
import type { OcrLine, OcrWord } from '../ocr/ocr-lines';
import { findFieldValue } from './field-grammar';
import type { FoundValue } from './found-value';
import { boxOf, wordsIn } from './line-geometry';
import { isFamilyName } from './vietnamese-names';

export function ownerNameByShape(lines: OcrLine[], used: ReadonlySet<OcrWord>): FoundValue | null {
  for (const line of lines) {
    for (let i = 0; i < line.words.length - 1; i++) {
      // A label's full stop read for its colon ("Ton chủ xo. PHAN THU HUYEN"): near the line's start, before capitals.
      const stop = i < 4 && line.words[i].text.endsWith('.');
      if (!line.words[i].text.endsWith(':') && !stop) continue;
      const after = line.words.slice(i + 1);
      const usedAt = after.findIndex((w) => used.has(w));
      const free = usedAt < 0 ? after : after.slice(0, usedAt);
      const text = free.map((w) => w.text).join(' ');
      const match = text ? findFieldValue('owner_name', text) : null;
      if (!match || match.start > 1 || !isFamilyName(match.value.split(' ')[0])) continue;
      if (stop && (usedAt >= 0 || match.end < text.length || match.value !== match.value.toLocaleUpperCase('vi'))) continue;
      const mine = wordsIn(free, match);
      return { field: 'owner_name', method: 'pattern', text, match, words: mine, region: boxOf(mine, line.box) };
    }
  }
  return null;
}
