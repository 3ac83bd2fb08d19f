/**
 * An incremental RFC 4180 parser over decoded text: quoted values may hold separators, doubled quotes and line
 * breaks. A line without a quote takes a fast path (one indexOf for the line end, one native split); a line with
 * one is read cell by cell, jumping from separator to separator with indexOf. Both matter for a million-row
 * import within seconds: exports quote every address, since addresses hold commas.
 *
 * Leniency, because the files come from Excel and hand-edited exports: a quote inside an unquoted value is an
 * ordinary character; text after a closing quote is kept; cells are trimmed. A quoted value that stays open for
 * more than MAX_QUOTED_LINE_BREAKS lines is taken to be a stray quote: that row is reported and parsing resumes
 * on the next line, so one typo cannot swallow the rest of the file.
 */

import { say } from '../../domain/messages/catalogue';
import type { EngineMessage } from '../../domain/messages/message';
import { columnLetter } from '../columns';

/** A parsed record; `error` completes the sentence "<file> row <n> …". */
export type CsvRecord = { row: number; cells: string[] } | { row: number; error: EngineMessage };

const MAX_QUOTED_LINE_BREAKS = 50;
const MAX_QUOTED_CHARS = 1 << 20;
const QUOTE = 34;
const CR = 13;

type SlowResult =
  | { kind: 'record'; cells: string[]; next: number }
  | { kind: 'incomplete' }
  | { kind: 'error'; message: EngineMessage; next: number };

const INCOMPLETE: SlowResult = { kind: 'incomplete' };

export class CsvParser {
  private buf = '';
  private pos = 0;
  /** Index of the next quote at or after pos, -1 when the buffer has none left. */
  private nextQuote = -1;
  /** Number of the last record handed out; the first record of the text is row 1. */
  private row = 0;

  constructor(readonly delimiter: string) {}

  /** Feeds more text and appends the records it completes to `out`. */
  push(text: string, out: CsvRecord[]): void {
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
    this.pos = 0;
    this.nextQuote = this.buf.indexOf('"');
    this.parse(false, out);
  }

  /** End of input: appends the last record, or an error for a quoted value the file never closes. */
  finish(out: CsvRecord[]): void {
    this.parse(true, out);
    this.buf = '';
    this.pos = 0;
  }

  private parse(final: boolean, out: CsvRecord[]): void {
    const buf = this.buf;
    const len = buf.length;
    const delimiter = this.delimiter;
    let pos = this.pos;
    while (pos < len) {
      let nl = buf.indexOf('\n', pos);
      if (this.nextQuote !== -1 && this.nextQuote < pos) this.nextQuote = buf.indexOf('"', pos);
      const quote = this.nextQuote;
      if (quote === -1 || (nl !== -1 && quote > nl)) {
        if (nl === -1) {
          if (!final) break;
          nl = len;
        }
        const end = nl > pos && buf.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        const cells = buf.slice(pos, end).split(delimiter);
        for (let i = 0; i < cells.length; i++) cells[i] = cells[i].trim();
        out.push({ row: ++this.row, cells });
        pos = nl + 1;
        continue;
      }
      const result = this.parseSlow(pos, final);
      if (result.kind === 'incomplete') break;
      this.row++;
      out.push(result.kind === 'record' ? { row: this.row, cells: result.cells } : { row: this.row, error: result.message });
      pos = result.next;
    }
    this.pos = Math.min(pos, len);
  }

  /** One record that contains a quote, cell by cell. */
  private parseSlow(start: number, final: boolean): SlowResult {
    const buf = this.buf;
    const len = buf.length;
    const delimiter = this.delimiter;
    const cells: string[] = [];
    // The end of the current physical line, found once and moved only when a quoted value runs past it:
    // searching for it again from every cell would rescan the rest of the line for each cell.
    let lineEnd = buf.indexOf('\n', start);
    let lineBreaks = 0;
    let i = start;
    for (;;) {
      let s = i;
      while (s < len && buf.charCodeAt(s) === 0x20) s++;
      let value: string;
      let from = i;
      if (s < len && buf.charCodeAt(s) === QUOTE) {
        let quoted = '';
        let j = s + 1;
        for (;;) {
          const q = buf.indexOf('"', j);
          const segmentEnd = q === -1 ? len : q;
          while (lineEnd !== -1 && lineEnd < segmentEnd) {
            lineBreaks++;
            lineEnd = buf.indexOf('\n', lineEnd + 1);
          }
          if (segmentEnd - s > MAX_QUOTED_CHARS) return this.unclosed(start, cells.length, false, 'size');
          if (lineBreaks > MAX_QUOTED_LINE_BREAKS) return this.unclosed(start, cells.length, false);
          if (q === -1) return final ? this.unclosed(start, cells.length, true) : INCOMPLETE;
          if (q + 1 >= len && !final) return INCOMPLETE;
          if (buf.charCodeAt(q + 1) === QUOTE) {
            quoted += buf.slice(j, q + 1); // a doubled quote stands for one
            j = q + 2;
            continue;
          }
          quoted += buf.slice(j, q);
          j = q + 1;
          break;
        }
        from = j;
        value = quoted;
      } else {
        value = '';
      }
      // The cell (or, after a closing quote, any stray text) runs to the next delimiter or line end.
      const d = buf.indexOf(delimiter, from);
      let k = lineEnd === -1 ? d : d !== -1 && d < lineEnd ? d : lineEnd;
      if (k === -1) {
        if (!final) return INCOMPLETE;
        k = len;
      }
      value += buf.slice(from, stripCr(buf, from, k));
      cells.push(value.trim());
      if (k >= len) return { kind: 'record', cells, next: len };
      if (k === lineEnd) return { kind: 'record', cells, next: k + 1 };
      i = k + delimiter.length;
    }
  }

  private unclosed(start: number, cellIndex: number, atEndOfFile: boolean, why: 'lines' | 'size' = 'lines'): SlowResult {
    const column = columnLetter(cellIndex);
    if (why === 'size') {
      const nl = this.buf.indexOf('\n', start);
      return {
        kind: 'error',
        message: say('csv.value_too_long', { column }),
        next: nl === -1 ? this.buf.length : nl + 1,
      };
    }
    if (atEndOfFile) {
      return {
        kind: 'error',
        message: say('csv.unclosed_quote', { column }),
        next: this.buf.length,
      };
    }
    const nl = this.buf.indexOf('\n', start);
    return {
      kind: 'error',
      message: say('csv.quote_too_long', { column, lines: MAX_QUOTED_LINE_BREAKS }),
      next: nl === -1 ? this.buf.length : nl + 1,
    };
  }
}

function stripCr(buf: string, from: number, end: number): number {
  return end > from && buf.charCodeAt(end - 1) === CR ? end - 1 : end;
}
