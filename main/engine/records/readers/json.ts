/**
 * A JSON array of record objects, streamed: the array is split element by element (json-splitter.ts) and each
 * element parsed on its own, so memory stays flat whatever the file size. Keys are matched like CSV headers.
 *
 * Errors: a broken element (bad syntax, not an object, cut off at the end of the file) is a row error and the
 * import goes on; a broken array (not starting with "[", missing comma between elements) is an InputError
 * with line and column, thrown when the reader reaches it.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../../errors';
import { createStreamDecoder, type DetectedEncoding } from '../../text/encoding';
import { toNfc } from '../../text/vietnamese';
import type { TableColumns } from '../table-columns';
import { JsonArraySplitter, JsonStructureError, type JsonPiece } from './json-splitter';
import type { RecordSource, SourceItem } from './record-source.types';
import { plainNumber } from './values';
import { say, termOf } from '../../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../../domain/messages/message';

const CHUNK = 1 << 20;

export async function openJsonSource<F extends string>(
  path: string,
  name: string,
  size: number,
  encoding: DetectedEncoding,
  columns: TableColumns<F>,
): Promise<RecordSource<F>> {
  await checkStartsWithArray(path, name, encoding);
  let bytesRead = 0;
  const keyFields = new Map<string, F | null>();

  async function* items(): AsyncGenerator<SourceItem<F>> {
    const stream = createReadStream(path, { start: encoding.bomLength, highWaterMark: CHUNK });
    bytesRead = encoding.bomLength;
    const decoder = createStreamDecoder(encoding.encoding);
    const splitter = new JsonArraySplitter();
    const pieces: JsonPiece[] = [];
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytesRead += chunk.length;
        structured(name, () => splitter.push(decoder.write(chunk), pieces));
        for (const piece of pieces) yield toItem(piece, name, keyFields, columns);
        pieces.length = 0;
      }
      structured(name, () => {
        splitter.push(decoder.end(), pieces);
        splitter.finish(pieces);
      });
      for (const piece of pieces) yield toItem(piece, name, keyFields, columns);
    } finally {
      stream.destroy();
    }
  }

  return { format: 'json', encoding: encoding.encoding, totalBytes: size, bytesRead: () => bytesRead, items };
}

function structured(name: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof JsonStructureError) {
      throw new InputError(say('file.json_invalid', { file: name, reason: error.reason, line: error.line, column: error.column }));
    }
    throw error;
  }
}

async function checkStartsWithArray(path: string, name: string, encoding: DetectedEncoding): Promise<void> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await file.read(head, 0, head.length, encoding.bomLength);
    const text = createStreamDecoder(encoding.encoding).write(head.subarray(0, bytesRead)).trimStart();
    if (text.startsWith('[')) return;
    throw new InputError(text.startsWith('{') ? say('file.json_object', { file: name }) : say('file.json_no_array', { file: name }));
  } finally {
    await file.close();
  }
}

function toItem<F extends string>(piece: JsonPiece, name: string, keyFields: Map<string, F | null>, columns: TableColumns<F>): SourceItem<F> {
  const row = piece.index;
  if (piece.kind === 'truncated') {
    return rowError(row, null, say('json.item_truncated', { file: name, item: row }));
  }
  if (piece.kind === 'oversized') {
    return rowError(row, null, say('json.item_too_long', { file: name, item: row, line: piece.line, column: piece.column }));
  }
  let value: unknown;
  try {
    value = JSON.parse(piece.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return rowError(row, null, say('json.item_invalid', { file: name, item: row, line: piece.line, column: piece.column, reason }));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? say('json.null') : Array.isArray(value) ? say('json.list') : jsonKind(typeof value);
    return rowError(row, null, say('json.item_not_object', { file: name, item: row, kind }));
  }
  const fields: Partial<Record<F, string>> = {};
  const keyOf = new Map<F, string>();
  const object = value as Record<string, unknown>;
  for (const key in object) {
    const raw = object[key];
    let field = keyFields.get(key);
    if (field === undefined) {
      field = columns.fieldForHeader(key);
      keyFields.set(key, field);
    }
    if (field === null) continue;
    const earlier = keyOf.get(field);
    if (earlier !== undefined) {
      return rowError(row, field, say('json.item_two_keys', { file: name, item: row, field: termOf('field', field), first: earlier, second: key }));
    }
    keyOf.set(field, key);
    if (raw === null || raw === undefined) continue;
    if (typeof raw === 'object') {
      return rowError(row, field, say('json.item_nested', { file: name, item: row, key }));
    }
    const text = typeof raw === 'number' ? plainNumber(raw) : toNfc(String(raw).trim());
    if (text !== '') fields[field] = text;
  }
  return { row, fields };
}

function rowError<F extends string>(row: number, field: string | null, text: EngineMessage): SourceItem<F> {
  return { row, error: { field, text } };
}

/** What a JSON item that is a bare value is, by its JavaScript type (a string, a number, true or false). */
function jsonKind(type: string): MessageParam {
  return type === 'string' ? say('json.string') : type === 'number' ? say('json.number') : type === 'boolean' ? say('json.boolean') : `a ${type}`;
}
