/**
 * CSV (and tab/semicolon/pipe separated text) as a stream of record rows.
 *
 * The header is read and checked when the file is opened, so a file without a record-id column fails before
 * anything is imported; the rows are then streamed from disk in 128 KB chunks.
 *
 * Row shape rules: a row with fewer cells than the header is an error, because a value left out in the middle
 * shifts every later value into the wrong field (an engine number stored as the owner's name) and the reader
 * cannot tell which one is missing; a row with more cells is an error unless the extra cells are empty (a
 * trailing separator), because extra values usually mean a value with an unquoted separator. Either way the
 * row is rejected naming file, line and both counts, and nothing of it is stored.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../../errors';
import { createStreamDecoder, restoreTcvn3Capitals, type DetectedEncoding } from '../../text/encoding';
import { toNfc } from '../../text/vietnamese';
import { mapTableHeader, type ColumnMap, type TableColumns } from '../table-columns';
import { CsvParser, type CsvRecord } from './csv-parser';
import type { RecordSource, SourceItem } from './record-source.types';
import { say } from '../../domain/messages/catalogue';

const DELIMITERS = [',', ';', '\t', '|'] as const;
const DELIMITER_NAMES: Record<string, string> = { ',': ',', ';': ';', '\t': 'tab', '|': '|' };
// Small chunks keep each chunk's rows young: with megabyte chunks the decoded text and its thousands of
// pending rows survive garbage collections and a quarter of an import went to copying them.
const CHUNK = 1 << 17;

const MAX_HEADER_SEARCH = 4 << 20;

export async function openCsvSource<F extends string>(
  path: string,
  name: string,
  size: number,
  encoding: DetectedEncoding,
  columns: TableColumns<F>,
): Promise<RecordSource<F>> {
  const tcvn3 = encoding.encoding === 'tcvn3';
  const headerLine = await readHeaderLine(path, name, encoding);
  const { delimiter, headers } = chooseDelimiter(headerLine, name, columns);
  const map = mapTableHeader(headers.map((h) => (tcvn3 ? restoreTcvn3Capitals(toNfc(h)) : toNfc(h))), name, columns);
  // A header saved with trailing separators names fewer columns than it has cells; rows need only the named ones.
  let named = headers.length;
  while (named > 1 && headers[named - 1].trim() === '') named--;
  let bytesRead = 0;

  async function* items(): AsyncGenerator<SourceItem<F>> {
    const stream = createReadStream(path, { start: encoding.bomLength, highWaterMark: CHUNK });
    bytesRead = encoding.bomLength;
    const decoder = createStreamDecoder(encoding.encoding);
    const parser = new CsvParser(delimiter);
    const out: CsvRecord[] = [];
    const state: RowState = { headerSeen: false, named, clean: tcvn3 ? restoreTcvn3Capitals : null };
    // Text is NFC-normalised a chunk at a time (one ICU call per chunk instead of one per cell), cut after the
    // last line break so that a letter and its combining mark are never normalised apart. NFC would turn
    // U+037E (Greek question mark) into ";", a separator: from such a chunk on, cells are normalised one by one.
    let carry = '';
    let perCell = false;
    const feed = (decoded: string, last: boolean): void => {
      const cut = last ? decoded.length : decoded.lastIndexOf('\n') + 1;
      if (cut === 0 && !last) {
        carry += decoded;
        return;
      }
      const complete = carry === '' ? decoded.slice(0, cut) : carry + decoded.slice(0, cut);
      carry = decoded.slice(cut);
      if (perCell) {
        parser.push(complete, out);
        return;
      }
      const nfc = complete.normalize('NFC');
      // U+037E changes under NFC, so only text that NFC changed needs looking at.
      if (nfc !== complete && complete.includes('\u037e')) {
        perCell = true;
        state.clean = tcvn3 ? (cell: string) => restoreTcvn3Capitals(toNfc(cell)) : toNfc;
        parser.push(complete, out);
        return;
      }
      parser.push(nfc, out);
    };
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytesRead += chunk.length;
        feed(decoder.write(chunk), false);
        for (let i = 0; i < out.length; i++) {
          const item = toItem(out[i], state, map, name, delimiter, columns);
          if (item) yield item;
        }
        out.length = 0;
      }
      feed(decoder.end(), true);
      parser.finish(out);
      for (const record of out) {
        const item = toItem(record, state, map, name, delimiter, columns);
        if (item) yield item;
      }
    } finally {
      stream.destroy();
    }
  }

  return { format: 'csv', encoding: encoding.encoding, totalBytes: size, bytesRead: () => bytesRead, items };
}

interface RowState {
  headerSeen: boolean;
  /** Columns up to the header's last non-empty name. */
  named: number;
  /** Per-cell clean-up of mapped cells, when chunk-level normalisation is not enough (TCVN3 capitals). */
  clean: ((cell: string) => string) | null;
}

function toItem<F extends string>(
  record: CsvRecord,
  state: RowState,
  map: ColumnMap<F>,
  name: string,
  delimiter: string,
  columns: TableColumns<F>,
): SourceItem<F> | null {
  if ('error' in record) return { row: record.row, error: { field: null, text: say('csv.row_problem', { file: name, row: record.row, problem: record.error }) } };
  const cells = record.cells;
  if (isBlank(cells)) return null;
  if (!state.headerSeen) {
    state.headerSeen = true;
    return null;
  }
  if (cells.length < state.named) {
    const text = say('csv.too_few_values', { file: name, row: record.row, values: cells.length, columns: state.named });
    return { row: record.row, error: { field: null, text } };
  }
  if (cells.length > map.width) {
    for (let i = map.width; i < cells.length; i++) {
      if (cells[i] !== '') {
        const separator = DELIMITER_NAMES[delimiter] ?? delimiter;
        const text = say('csv.too_many_values', { file: name, row: record.row, values: cells.length, columns: map.width, separator });
        return { row: record.row, error: { field: null, text } };
      }
    }
  }
  return { row: record.row, fields: columns.rowToFields(cells, map, state.clean ?? undefined) };
}

function isBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i] !== '') return false;
  return true;
}

/** The first line that holds anything besides separators, decoded. */
async function readHeaderLine(path: string, name: string, encoding: DetectedEncoding): Promise<string> {
  const file = await open(path, 'r');
  try {
    const decoder = createStreamDecoder(encoding.encoding);
    const buffer = Buffer.alloc(64 * 1024);
    let text = '';
    let position = encoding.bomLength;
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
      position += bytesRead;
      text += bytesRead > 0 ? decoder.write(buffer.subarray(0, bytesRead)) : decoder.end();
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        const line = text.slice(start, nl);
        if (!isBlankLine(line)) return line;
        start = nl + 1;
      }
      if (bytesRead === 0) {
        const last = text.slice(start);
        if (!isBlankLine(last)) return last;
        throw new InputError(say('file.only_empty_lines', { file: name }));
      }
      if (position > MAX_HEADER_SEARCH) throw new InputError(say('file.long_first_line', { file: name }));
    }
  } finally {
    await file.close();
  }
}

function isBlankLine(line: string): boolean {
  return /^[\s,;|"]*$/.test(line);
}

/**
 * The separator is the one under which the header names the most known columns (Vietnamese Excel saves with
 * ";", others with ","). When none yields a key column, the message says what the header looked like.
 */
function chooseDelimiter<F extends string>(headerLine: string, name: string, columns: TableColumns<F>): { delimiter: string; headers: string[] } {
  let best: { delimiter: string; headers: string[]; score: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const parser = new CsvParser(delimiter);
    const out: CsvRecord[] = [];
    parser.push(headerLine, out);
    parser.finish(out);
    const first = out[0];
    const headers = first && 'cells' in first ? first.cells.map(toNfc) : [headerLine.trim()];
    const fields = headers.map((h) => columns.fieldForHeader(h));
    const score = (fields.includes(columns.key) ? 1000 : 0) + fields.filter((f) => f !== null).length * 10 + Math.min(headers.length, 9);
    if (!best || score > best.score) best = { delimiter, headers, score };
  }
  const chosen = best!;
  if (chosen.score < 1000 && chosen.headers.length === 1) {
    const shown = chosen.headers[0].length > 80 ? `${chosen.headers[0].slice(0, 80)}…` : chosen.headers[0];
    throw new InputError(columns.singleColumn(name, shown));
  }
  return { delimiter: chosen.delimiter, headers: chosen.headers };
}
