/**
 * Reads the engine's source text and finds the string and template literals that are sentences for the user,
 * so the Vietnamese catalogue can be checked against what the engine really says. A template's `${…}` parts
 * become numbered placeholders `{0}`, `{1}` … in order of appearance — the catalogue's key format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EngineLiteral {
  file: string;
  line: number;
  /** The literal's text with each `${…}` replaced by `{n}`. */
  template: string;
  /** The code just before the literal, to tell what produces it (`new UserError(`, `message:` …). */
  before: string;
}

/** Every .ts file under `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Skips a `${ … }` expression starting at `i` (just after `${`); returns the index after its closing brace. */
function skipExpression(text: string, i: number): number {
  let depth = 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    } else if (c === "'" || c === '"' || c === '`') {
      i = readLiteral(text, i).end;
      continue;
    }
    i += 1;
  }
  return i;
}

/** Stands for a `${…}` while a literal is read; no source text contains it. */
const MARK = String.fromCharCode(0);

/** Reads the literal opening at `start`; its `${…}` parts become MARKs, numbered later. */
function readLiteral(text: string, start: number): { raw: string; end: number } {
  const quote = text[start];
  let raw = '';
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\\') {
      const next = text[i + 1];
      raw += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      i += 2;
    } else if (quote === '`' && text[i] === '$' && text[i + 1] === '{') {
      raw += MARK;
      i = skipExpression(text, i + 2);
    } else {
      raw += text[i];
      i += 1;
    }
  }
  return { raw, end: i + 1 };
}

function numbered(raw: string): string {
  let n = 0;
  return raw.split(MARK).reduce((text, piece) => `${text}{${n++}}${piece}`);
}

/**
 * The literals of one source file, joining `'a' + 'b'` concatenations; comments are skipped so that an
 * apostrophe in a comment does not open a string.
 */
export function literalsOf(file: string, text: string): EngineLiteral[] {
  const found: EngineLiteral[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i) + 2;
      if (i < 2) break;
    } else if (c === '/' && /(?:[=(,:!&|?;{}]|\breturn)\s*$/.test(text.slice(Math.max(0, i - 20), i))) {
      i = skipRegex(text, i);
    } else if (c === "'" || c === '"' || c === '`') {
      const start = i;
      let { raw, end } = readLiteral(text, i);
      for (let more = /^\s*\+\s*(['"`])/.exec(text.slice(end)); more; more = /^\s*\+\s*(['"`])/.exec(text.slice(end))) {
        const next = readLiteral(text, end + more[0].length - 1);
        raw += next.raw;
        end = next.end;
      }
      const line = text.slice(0, start).split('\n').length;
      found.push({ file, line, template: numbered(raw), before: text.slice(Math.max(0, start - 80), start) });
      i = end;
    } else i += 1;
  }
  return found;
}

/** Skips a regular-expression literal (so its quotes are not read as strings). */
function skipRegex(text: string, i: number): number {
  let inClass = false;
  for (i += 1; i < text.length && text[i] !== '\n'; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i + 1;
  }
  return i;
}

/**
 * Source folders and files whose text never reaches the screen as an engine sentence (generated data, PDF/SVG
 * labels), and the coded messages' own catalogue (domain/messages/), which has both languages in it and its own test.
 */
const NOT_SHOWN_FILES = ['domain/messages/', 'demo/', 'extraction/', 'dashboard/report-labels.ts', 'retired/pick-list-labels.ts', 'station/demo-station.ts', 'export/searchable-pdf.ts', 'intake/separator.ts'];

/**
 * Literals that are not sentences for a user: SQL, column lists, and internal invariants that only a bug can
 * trigger (those reach the screen as the coded "Unexpected error: …", internal.unexpected).
 */
const NOT_SENTENCES = new Set([
  'seq, at, user, action, dossier, field, before, after, reason, prev_hash, hash',
  'unreachable: at least one orientation is read',
  'Record ref must be an integer, got {0}',
  'The OCR pool has been terminated.',
  'A batch file name must stay inside the batch: {0}',
  'Tờ phân cách hồ sơ — Sohoa Station',
  'Tờ số {0} / {1}',
  // Place names and search keys, compared or printed as they are.
  'Thừa Thiên Huế',
  'Bà Rịa - Vũng Tàu',
  'Hồ Chí Minh',
  'ho chi minh',
  'system volume information',
  // Paths and tool arguments.
  'C:\\Program Files (x86)',
  '%d\t%v\t%m\t%t%n',
  'apt-get install sane-utils',
]);

const SQL = /\b(SELECT|WHERE|ORDER BY|ALTER TABLE|CREATE TABLE|DROP TABLE|CREATE INDEX|DROP INDEX|INSERT|DELETE FROM|IN \(|AND d\.)|^\{0\} \{1\} ORDER| = /;

/**
 * The engine's sentences and sentence parts for the user: every literal of three words or more outside the
 * files above, minus SQL and internal invariants. Deliberately wide — any literal the engine could show
 * (a refusal, a per-file problem, an import issue, a decision outcome, a fragment spliced into one) counts, so a
 * new or reworded sentence anywhere in the engine is noticed.
 */
export function engineSentences(engineDir: string): EngineLiteral[] {
  return sourceFiles(engineDir)
    .filter((file) => !NOT_SHOWN_FILES.some((part) => file.replace(/\\/g, '/').includes(`/engine/${part}`)))
    // A call's `doc` (domain/*.calls.ts) documents the contract for developers; no screen or command shows it.
    .filter((file) => !file.endsWith('.calls.ts'))
    .flatMap((file) => literalsOf(file, readFileSync(file, 'utf8')))
    .filter((l) => l.template.trim().split(/\s+/).length >= 3 && /[a-z]/.test(l.template))
    .filter((l) => !SQL.test(l.template) && !l.template.includes('<') && !NOT_SENTENCES.has(l.template));
}
