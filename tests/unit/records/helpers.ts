// Shared helpers for the records reader tests: files in a temp folder, and reading a source to the end.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { RecordSource, SourceItem } from '../../../main/engine/records/readers/record-source.types';
import { openRecordSource } from '../../../main/engine/records/readers/source';
import { renderMessage } from '../../../main/engine/domain/messages/render';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sohoa-records-'));
}

/** Writes `content` to `name` in a fresh temp folder and returns the path. */
export function fileWith(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

export async function readAll(source: RecordSource): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of source.items()) items.push(item);
  return items;
}

/** Opens and reads a file in one go. */
export async function readFile(path: string): Promise<{ source: RecordSource; items: SourceItem[] }> {
  const source = await openRecordSource(path);
  return { source, items: await readAll(source) };
}

/** The readable rows only, as [row, fields]. */
export function rows(items: SourceItem[]): [number, Record<string, string>][] {
  return items.flatMap((item) => ('fields' in item ? [[item.row, item.fields as Record<string, string>] as [number, Record<string, string>]] : []));
}

export function errors(items: SourceItem[]): { row: number; field: string | null; message: string }[] {
  return items.flatMap((item) => ('error' in item ? [{ row: item.row, field: item.error.field, message: renderMessage(item.error.text, 'en') }] : []));
}

/** The message of the error a promise rejects with (fails the test if it resolves). */
export async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** A ZIP archive with stored (uncompressed) entries, for "a zip that is not a workbook". */
export function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
