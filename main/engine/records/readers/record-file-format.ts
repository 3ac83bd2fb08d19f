/**
 * What kind of file the user picked, decided from its bytes as much as from its name: stations rename files
 * ("records.csv" that is really an .xlsx, an .xls saved years ago), and a wrong guess must end in one clear
 * sentence rather than in a parser's complaint.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../../errors';
import { detectBom, detectEncoding, detectUtf16WithoutBom, type DetectedEncoding } from '../../text/encoding';
import { checkXlsxZip } from './zip-check';
import { say } from '../../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../../domain/messages/message';

export type RecordFormat = 'csv' | 'xlsx' | 'json';

export interface SniffedFile {
  format: RecordFormat;
  size: number;
  /** For text formats: the detected encoding. */
  encoding: DetectedEncoding | null;
}

const HEAD_BYTES = 64 * 1024;
const EXTRA_WINDOWS = 8;

const FORMAT_BY_EXTENSION: Record<string, RecordFormat> = {
  '.csv': 'csv', '.txt': 'csv', '.tsv': 'csv', '.xlsx': 'xlsx', '.xlsm': 'xlsx', '.json': 'json',
};

const KIND_NAME: Record<RecordFormat, EngineMessage> = { csv: say('kind.csv'), xlsx: say('kind.xlsx'), json: say('kind.json') };

/** Decides the format and encoding of a records file; throws InputError for anything unusable. */
export async function sniffRecordFile(path: string, name: string): Promise<SniffedFile> {
  const size = await fileSize(path, name);
  const byName = FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
  const kindName = KIND_NAME[byName ?? 'csv'];
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(say('file.cannot_open', { file: name, reason: describeOpenError(error) }));
  });
  try {
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await file.read(head, 0, head.length, 0);

    if (isZip(head)) {
      const check = await checkXlsxZip(file, size);
      if (check.ok) return { format: 'xlsx', size, encoding: null };
      if (check.problem === 'truncated') {
        throw new InputError(say('file.xlsx_truncated', { file: name }));
      }
      throw new InputError(say('file.zip_no_workbook', { file: name, kind: kindName }));
    }
    if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
      throw new InputError(say('file.xls', { file: name }));
    }
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) {
      throw new InputError(say('file.pdf', { file: name, kind: kindName }));
    }
    if (!looksLikeText(head)) {
      throw new InputError(byName === 'xlsx' ? say('file.not_xlsx', { file: name }) : say('file.binary', { file: name, kind: kindName }));
    }
    const more = await extraSamples(file, size, head);
    const encoding = detectEncoding(head, more);
    // Text named .xlsx (a CSV renamed by hand) is read as what it is.
    const format: RecordFormat = byName === 'json' || (byName === null && firstChar(head, encoding) === '[') ? 'json' : 'csv';
    return { format, size, encoding };
  } finally {
    await file.close();
  }
}

async function fileSize(path: string, name: string): Promise<number> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(say('file.cannot_open', { file: name, reason: describeOpenError(error) }));
  });
  if (info.isDirectory()) throw new InputError(say('file.folder', { file: name }));
  if (!info.isFile()) throw new InputError(say('file.not_regular', { file: name }));
  if (info.size === 0) throw new InputError(say('file.empty', { file: name }));
  return info.size;
}

function describeOpenError(error: NodeJS.ErrnoException): MessageParam {
  switch (error.code) {
    case 'ENOENT':
      return say('file.not_found');
    case 'EACCES':
    case 'EPERM':
      return say('file.permission');
    case 'EBUSY':
      return say('file.locked');
    default:
      return error.code ?? 'unknown error';
  }
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function isZip(head: Uint8Array): boolean {
  return startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]);
}

/**
 * Text has no NUL bytes (UTF-16 aside) and hardly any other control bytes. A few are tolerated: the legacy
 * VN1 and VISCII tables put some capital letters on control codes.
 */
export function looksLikeText(head: Uint8Array): boolean {
  if (detectBom(head)?.encoding.startsWith('utf-16') || detectUtf16WithoutBom(head)) return true;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return false;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) || b === 0x7f) controls++;
  }
  return controls <= Math.max(4, head.length * 0.01);
}

/**
 * When the first 64 KB are plain ASCII (an English header and plate numbers), the encoding is decided by
 * names further down, so a few windows spread over the file are sampled as well.
 */
async function extraSamples(file: FileHandle, size: number, head: Buffer): Promise<Buffer[]> {
  if (size <= head.length || head.some((b) => b >= 0x80)) return [];
  const samples: Buffer[] = [];
  for (let w = 1; w <= EXTRA_WINDOWS; w++) {
    const at = Math.floor(((size - HEAD_BYTES) * w) / EXTRA_WINDOWS);
    const window = Buffer.alloc(Math.min(HEAD_BYTES, size - at));
    await file.read(window, 0, window.length, at);
    // Start after the first line break, so a UTF-8 sequence cut by the window edge is not mistaken for garbage.
    const from = window.indexOf(0x0a) + 1;
    const text = window.subarray(from);
    if (text.some((b) => b >= 0x80)) samples.push(text);
  }
  return samples;
}

function firstChar(head: Uint8Array, encoding: DetectedEncoding): string {
  const text = new TextDecoder(encoding.encoding.startsWith('utf-16') ? encoding.encoding : 'latin1').decode(
    head.subarray(encoding.bomLength, encoding.bomLength + 256),
  );
  return text.trimStart().charAt(0);
}
