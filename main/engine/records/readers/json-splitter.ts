/**
 * Splits a top-level JSON array into the source text of its elements, incrementally, so that a 200 MB export is
 * read in chunks and only one element at a time is parsed. It tracks just enough JSON syntax to find where an
 * element ends (strings with escapes, nesting of {} and []); the element itself is then checked by JSON.parse.
 */
import { say } from '../../domain/messages/catalogue';
import type { EngineMessage } from '../../domain/messages/message';
import { renderMessage } from '../../domain/messages/render';

export type JsonPiece =
  | { kind: 'element'; index: number; text: string; line: number; column: number }
  | { kind: 'oversized'; index: number; line: number; column: number }
  | { kind: 'truncated'; index: number };

/**
 * No record is anywhere near 1 MiB of JSON: an element past that is skipped as it streams by (a 50 MB string
 * would otherwise be held, parsed and copied, a gigabyte of memory) and reported as one rejected row.
 */
export const MAX_ELEMENT_CHARS = 1 << 20;

/** A problem with the array itself (not one element): thrown, with its position. */
export class JsonStructureError extends Error {
  constructor(
    readonly reason: EngineMessage,
    readonly line: number,
    readonly column: number,
  ) {
    super(renderMessage(reason, 'en'));
  }
}

type Phase = 'start' | 'before-element' | 'in-element' | 'after-element' | 'done';

const WS = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);

export class JsonArraySplitter {
  private buf = '';
  private pos = 0;
  private phase: Phase = 'start';
  private depth = 0;
  private inString = false;
  private elementStart = 0;
  private elementLine = 1;
  private elementColumn = 1;
  private index = 0;
  private line = 1;
  /** Offset in `buf` where the current line starts (may be negative after the buffer is trimmed). */
  private lineStart = 0;
  /** Cached position of the next backslash (-1: none left, -2: not looked for yet), so strings are not rescanned. */
  private nextBackslash = -2;
  /** The current element passed MAX_ELEMENT_CHARS: it is scanned to its end but no longer kept. */
  private oversized = false;

  push(text: string, out: JsonPiece[]): void {
    if (this.phase === 'in-element' && !this.oversized && this.pos - this.elementStart > MAX_ELEMENT_CHARS) this.oversized = true;
    // Keep only what the current element needs; everything before it has been handed out.
    const keepFrom = this.phase === 'in-element' && !this.oversized ? this.elementStart : this.pos;
    this.buf = this.buf.slice(keepFrom) + text;
    this.pos -= keepFrom;
    this.elementStart -= keepFrom;
    this.lineStart -= keepFrom;
    this.nextBackslash = -2; // unknown in the new buffer: scan looks again
    this.scan(out);
  }

  finish(out: JsonPiece[]): void {
    if (this.phase === 'start') throw this.error(say('json.no_array'));
    if (this.phase === 'in-element' || (this.phase === 'before-element' && this.index > 0)) {
      out.push({ kind: 'truncated', index: this.index + 1 });
    }
    // A missing final "]" after complete elements loses nothing, so it is tolerated.
  }

  private scan(out: JsonPiece[]): void {
    const buf = this.buf;
    const len = buf.length;
    let i = this.pos;
    while (i < len) {
      const c = buf.charCodeAt(i);
      if (this.phase === 'in-element') {
        if (this.inString) {
          // Jump to the next quote instead of stepping through the string; a backslash before it escapes
          // the next character. (Raw line breaks cannot occur in valid JSON strings, so lines are not counted.)
          const q = buf.indexOf('"', i);
          if (this.nextBackslash !== -1 && this.nextBackslash < i) this.nextBackslash = buf.indexOf('\\', i);
          const b = this.nextBackslash;
          if (q === -1 && b === -1) {
            i = len;
            break;
          }
          if (b !== -1 && (q === -1 || b < q)) {
            if (b + 1 >= len) {
              i = b;
              break;
            }
            i = b + 2;
            continue;
          }
          this.inString = false;
          i = q + 1;
          if (this.depth === 0) this.endElement(i, out);
          continue;
        }
        if (c === 0x22) this.inString = true;
        else if (c === 0x7b || c === 0x5b) this.depth++;
        else if (c === 0x7d || c === 0x5d) {
          if (this.depth === 0) {
            // "]" closing the array right after a scalar element.
            this.endElement(i, out);
            continue;
          }
          this.depth--;
          if (this.depth === 0) {
            this.endElement(i + 1, out);
            i++;
            continue;
          }
        } else if (this.depth === 0 && (c === 0x2c || WS.has(c))) {
          this.endElement(i, out);
          continue;
        } else if (c === 0x0a) this.newLine(i);
        i++;
        continue;
      }
      if (WS.has(c)) {
        if (c === 0x0a) this.newLine(i);
        i++;
        continue;
      }
      if (this.phase === 'start') {
        if (c !== 0x5b) throw this.error(say('json.starts_with', { found: String(buf[i]) }), i);
        this.phase = 'before-element';
      } else if (this.phase === 'before-element') {
        if (c === 0x5d && this.index === 0) this.phase = 'done';
        else if (c === 0x2c || c === 0x5d) throw this.error(say('json.unexpected', { found: String(buf[i]) }), i);
        else {
          this.phase = 'in-element';
          this.elementStart = i;
          this.elementLine = this.line;
          this.elementColumn = i - this.lineStart + 1;
          this.depth = 0;
          continue;
        }
      } else if (this.phase === 'after-element') {
        if (c === 0x2c) this.phase = 'before-element';
        else if (c === 0x5d) this.phase = 'done';
        else throw this.error(say('json.expected_comma', { record: this.index, found: String(buf[i]) }), i);
      } else {
        throw this.error(say('json.text_after'), i);
      }
      i++;
    }
    this.pos = i;
  }

  /** Hands out the element ending before `end`; the scan goes on from `end` in the after-element phase. */
  private endElement(end: number, out: JsonPiece[]): void {
    this.index++;
    if (this.oversized || end - this.elementStart > MAX_ELEMENT_CHARS) {
      this.oversized = false;
      out.push({ kind: 'oversized', index: this.index, line: this.elementLine, column: this.elementColumn });
      this.phase = 'after-element';
      return;
    }
    out.push({
      kind: 'element',
      index: this.index,
      text: this.buf.slice(this.elementStart, end),
      line: this.elementLine,
      column: this.elementColumn,
    });
    this.phase = 'after-element';
  }

  private newLine(at: number): void {
    this.line++;
    this.lineStart = at + 1;
  }

  private error(reason: EngineMessage, at = this.pos): JsonStructureError {
    return new JsonStructureError(reason, this.line, at - this.lineStart + 1);
  }
}
