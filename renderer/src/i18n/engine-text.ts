import type { Locale } from '../../../preload/contract';
import { isEngineMessage, renderMessage, type EngineMessage, type ParamFormat } from '../../../preload/messages';
import { engineSentencesVi, type SentencePair } from './engine-sentences.vi';
import { termKeys, termPhrases } from './engine-terms.vi';
import { formatSize } from '../export/formatSize';
import { formatDate } from '../format';
import { makeTranslate } from './translate';

/** What the engine gives a screen to show: a coded message, or (from areas not coded yet) an English sentence. */
export type Shown = string | EngineMessage;

/**
 * Dates as a Vietnamese reader writes them (02/05/2019), and sizes (a parameter named …Bytes) as "1,1 MB" on a
 * Vietnamese screen; every other parameter as the engine gave it.
 */
const formatParam: ParamFormat = (value, name, locale) => {
  if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(value, locale);
  if (typeof value === 'number' && locale === 'vi' && /Bytes$/.test(name)) return formatSize(value, 'vi');
  return String(value);
};

/**
 * Shows an engine message in the UI's language. A coded message is rendered from the engine's catalogue
 * (domain/messages). A plain English sentence, from an area not coded yet, is still looked up gettext-style: the
 * catalogue entry whose template matches the whole message gives the translation, with the message's variable
 * parts put back in. Unknown sentences stay English — a message is never lost or garbled for want of a translation.
 */
export function engineText(message: Shown, locale: Locale): string {
  if (isEngineMessage(message)) return renderMessage(message, locale, formatParam);
  if (locale === 'en' || typeof message !== 'string') return message;
  try {
    return vietnamese().sentence(message) ?? message;
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

  /** Fills a matched template; `known` counts the parts that were themselves recognised (terms or sentences). */
  const fill = (template: Template, match: RegExpExecArray): { text: string; known: number } => {
    let known = 0;
    const text = template.translation.replace(/\{(\d+)\}( byte)?/g, (_, n: string, byte = '') => {
      const part = match[Number(n) + 1] ?? '';
      // Numbers and dates as a Vietnamese reader writes them: "1,1 MB", not "1110800 byte"; 02/05/2019.
      if (byte && /^\d+$/.test(part)) return formatSize(Number(part), 'vi');
      if (ISO_DATE.test(part)) return formatDate(part, 'vi') + byte;
      const translated = term(part) ?? translate(part, true);
      if (translated === null) return part + byte;
      known += 1;
      return translated + byte;
    });
    return { text, known };
  };

  const translate = (text: string, asPart: boolean): string | null => {
    let best: { text: string; known: number; literal: number } | null = null;
    for (const template of templates) {
      if (best && template.literal < best.literal) break;
      if (!asPart && template.literal < MIN_LITERAL_FOR_SENTENCE) continue;
      const match = template.pattern.exec(text);
      if (!match) continue;
      // Equally specific templates ("{0} row {1}: {2}" and "{0} row {1} {2}.") are told apart by which one
      // recognises more of the message's parts.
      const filled = fill(template, match);
      if (!best || filled.known > best.known) best = { ...filled, literal: template.literal };
    }
    if (!best) return null;
    // A sentence keeps its capital even when the translation opens with a spliced-in lowercase term.
    return /^\p{Lu}/u.test(text) ? upperFirst(best.text) : best.text;
  };

  return {
    sentence(text) {
      if (cache.has(text)) return cache.get(text) ?? null;
      const result = translate(text, false);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, result);
      return result;
    },
  };
}

let compiled: ReturnType<typeof makeTranslator> | null = null;

/** Compiled once, on first use: about three hundred regular expressions. */
function vietnamese(): ReturnType<typeof makeTranslator> {
  compiled ??= makeTranslator(engineSentencesVi);
  return compiled;
}
