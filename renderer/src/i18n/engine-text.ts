import type { Locale } from '../../../preload/contract';
import { isEngineMessage, renderMessage, type EngineMessage, type ParamFormat } from '../../../preload/messages';
import { storedSentencesVi, type SentencePair } from './stored-sentences.vi';
import { termKeys, termPhrases } from './engine-terms.vi';
import { formatSize } from '../export/formatSize';
import { formatDate, formatDateTime } from '../format';
import { makeTranslate } from './translate';

/**
 * What the engine gives a screen to show: a coded message, or plain words — a row an older version stored in English,
 * or a library's or the operating system's own words.
 */
export type Shown = string | EngineMessage;

/**
 * Dates and times as the reader writes them (02/05/2019; 14:05 02/05/2019 on a Vietnamese screen, 02/05/2019, 14:05
 * on an English one, in the station's time), and sizes (a parameter named …Bytes) as "1,1 MB" on a Vietnamese
 * screen; every other parameter as the engine gave it.
 */
const formatParam: ParamFormat = (value, name, locale) => {
  if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(value, locale);
  if (typeof value === 'string' && ISO_TIME.test(value)) return formatDateTime(value, locale);
  if (typeof value === 'number' && locale === 'vi' && /Bytes$/.test(name)) return formatSize(value, 'vi');
  return String(value);
};

/**
 * Shows an engine message in the UI's language. A coded message is rendered from the engine's catalogue
 * (domain/messages). Plain English can only be a row an older version stored before its messages were coded: it is
 * looked up gettext-style in stored-sentences.vi.ts (the entry whose template matches the whole sentence gives the
 * translation, the variable parts put back in). Other words stay as they are — never lost or garbled for want of a
 * translation.
 */
export function engineText(message: Shown, locale: Locale): string {
  if (isEngineMessage(message)) return renderMessage(message, locale, formatParam);
  if (typeof message !== 'string') return message;
  const once = message.replace(SAID_TWICE, 'import of $1');
  if (locale === 'en') return once;
  try {
    return vietnamese().sentence(once) ?? once;
  } catch {
    return message; // A display helper must never break the screen that shows an error.
  }
}

/**
 * A dossier's or page's problems in the UI's language: the coded list when the engine gave one, else its
 * sentence (null when there is none).
 */
export function problemsText(problems: readonly EngineMessage[] | undefined, sentence: string | null, locale: Locale): string | null {
  if (problems && problems.length > 0) return problems.map((p) => engineText(p, locale)).join(' ');
  return sentence === null ? null : engineText(sentence, locale);
}

interface Template {
  pattern: RegExp;
  translation: string;
  /** How many characters of the English are fixed text: the more, the more specific the template. */
  literal: number;
}

/**
 * Templates with less fixed text than this ("{0} and {1}", " on {0}") are too loose to recognise a message on
 * their own; they only translate a part of a sentence already recognised.
 */
const MIN_LITERAL_FOR_SENTENCE = 6;
const CACHE_LIMIT = 5000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Versions before December 2026 named a one-file import twice ("import of a.csv: a.csv: record …"): said once. */
const SAID_TWICE = /^import of ([^:]+): \1(?=$|: )/;
/** A moment as the engine stores it: `2025-03-01T08:05:00.000Z`. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A placeholder tries the known terms first, longest first, then any text, shortest first: so in "The {0} {1} is
 * a file" the folder label "hot folder" is taken whole rather than split after "hot".
 */
const PLACEHOLDER = `(${[...Object.keys(termKeys), ...Object.keys(termPhrases)]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')}|[\\s\\S]*?)`;

function compile(pairs: readonly SentencePair[]): Template[] {
  return pairs
    .map(([english, translation]) => {
      const literals = english.split(/\{\d+\}/);
      // Placeholders are numbered in order of appearance, so capture group n+1 is placeholder {n}.
      const pattern = new RegExp(`^${literals.map(escape).join(PLACEHOLDER)}$`);
      return { pattern, translation, literal: literals.join('').length };
    })
    .sort((a, b) => b.literal - a.literal);
}

function lowerFirst(text: string): string {
  // An acronym or code ("CCCD", "SHA-256") keeps its case; a word is lowered to sit inside a sentence.
  return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function makeTranslator(pairs: readonly SentencePair[]): { sentence: (text: string) => string | null } {
  const templates = compile(pairs);
  const t = makeTranslate('vi');
  const cache = new Map<string, string | null>();

  const term = (part: string): string | undefined => {
    const key = termKeys[part];
    if (key) return lowerFirst(t(key));
    return termPhrases[part];
  };

  /** A translation, and how many parts of the English with words in them it left untranslated. */
  type Translated = { text: string; unknown: number };

  /** Fills a matched template, counting the parts left in English (a value without a space, an id, counts as known). */
  const fill = (template: Template, match: RegExpExecArray): Translated => {
    let unknown = 0;
    const text = template.translation.replace(/\{(\d+)\}( byte)?/g, (_, n: string, byte = '') => {
      const part = match[Number(n) + 1] ?? '';
      // Numbers and dates as a Vietnamese reader writes them: "1,1 MB", not "1110800 byte"; 02/05/2019.
      if (byte && /^\d+$/.test(part)) return formatSize(Number(part), 'vi');
      if (ISO_DATE.test(part)) return formatDate(part, 'vi') + byte;
      if (ISO_TIME.test(part)) return formatDateTime(part, 'vi') + byte;
      const known = term(part);
      if (known !== undefined) return known + byte;
      const translated = translate(part, true);
      if (translated === null) {
        if (/\s/.test(part.trim())) unknown += 1;
        return part + byte;
      }
      unknown += translated.unknown;
      return translated.text + byte;
    });
    return { text, unknown };
  };

  const translate = (text: string, asPart: boolean): Translated | null => {
    // A link's reasons are joined by "; ": each is its own sentence, so one reason's template must not swallow the
    // others ("engine matches; citizen ID differs" is not "{0} differs").
    if (text.includes('; ')) {
      const pieces = text.split('; ').map((piece) => {
        const known = term(piece);
        return known !== undefined ? { text: known, unknown: 0 } : translate(piece, true);
      });
      if (pieces.every((piece) => piece !== null && piece.unknown === 0)) return { text: pieces.map((p) => p!.text).join('; '), unknown: 0 };
    }
    let best: Translated | null = null;
    // Templates come most specific first; the one leaving least English wins ("Linked to {0}: {1}." over "Linked to
    // {0} by {1}." for a link whose reasons say "by one character").
    for (const template of templates) {
      if (!asPart && template.literal < MIN_LITERAL_FOR_SENTENCE) continue;
      const match = template.pattern.exec(text);
      if (!match) continue;
      const filled = fill(template, match);
      if (!best || filled.unknown < best.unknown) best = filled;
      if (best.unknown === 0) break;
    }
    if (!best) return null;
    // A sentence keeps its capital even when the translation opens with a spliced-in lowercase term.
    return /^\p{Lu}/u.test(text) ? { ...best, text: upperFirst(best.text) } : best;
  };

  return {
    sentence(text) {
      if (cache.has(text)) return cache.get(text) ?? null;
      const result = translate(text, false)?.text ?? null;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, result);
      return result;
    },
  };
}

let compiled: ReturnType<typeof makeTranslator> | null = null;

/** Compiled once, on first use: a regular expression for each stored sentence. */
function vietnamese(): ReturnType<typeof makeTranslator> {
  compiled ??= makeTranslator(storedSentencesVi);
  return compiled;
}
