/**
 * Whether a shape the card finder found on a page is a driving licence at all: the table of a vehicle form, a
 * certificate's frame, an invoice or a bright patch of a photo can have a card's outline. A card, front or back,
 * prints a licence's own words (its title, labels only a licence has, the class table of its back), and OCR
 * keeps some of them even when glare takes the title. A shape is a card when it shows words only a licence
 * prints; else not when it shows another paper's words (a vehicle's registration: its owner, engine and chassis
 * numbers, plate, brand; an invoice); else when it shows words a licence shares with other papers, or a value
 * of a licence was read off it.
 */
import type { CardValue } from './licence-fields';

const any = (words: string[]): RegExp => new RegExp(words.join('|'));

// On folded, lower-cased text. The title, the class label, the back's class table.
const LICENCE_ONLY = any(['lai\\s*xe', 'licen[cs]e', 'driv(?:er|ing)', 'gplx', 'hang\\s*\\/?\\s*(?:class|xe)', '\\bclass\\b', 'categor', 'trung\\s*tuyen']);
/** Words no licence prints: a vehicle's registration papers and an invoice. */
const OTHER_PAPER = any([
  'chu\\s*xe', '\\bowner', 'dang\\s*ky\\s*xe', 'registration', 'so\\s*khung', 'so\\s*may\\b', 'chassis', 'engine', 'bien\\s*so',
  'number\\s*plate', 'nhan\\s*hieu', '\\bbrand\\b', 'hoa\\s*don', 'invoice',
]);
/** A licence's other labels and class descriptions, which other papers may print too. */
const LICENCE_TOO = any(['expire', 'gia\\s*tri\\s*den', 'thoi\\s*han', 'quoc\\s*tich', 'nationalit', 'noi\\s*cu\\s*tru', 'giao\\s*thong', 'xi.?lanh', 'hai\\s*banh', 'cho\\s*ngoi']);

/** Whether the card read as `text` (its lines folded, lower-cased) with `values` found on it is a licence card. */
export function isLicenceCard(text: string, values: readonly CardValue[]): boolean {
  if (LICENCE_ONLY.test(text)) return true;
  if (OTHER_PAPER.test(text)) return false;
  return LICENCE_TOO.test(text) || values.some((v) => v.method !== 'invalid');
}
