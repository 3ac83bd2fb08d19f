/**
 * A look at a ZIP file's central directory before handing it to the XLSX reader. A streaming unzip cannot tell
 * a truncated file from a good one until it reaches the break (and then fails with "FILE_ENDED"), and it reads a
 * ZIP of photos as a workbook with no sheets; the directory at the end of the file answers both at once.
 * A damaged entry (a flipped bit in compressed data) can make the streaming reader wait forever, so every entry
 * is also inflated once, streamed (memory stays small), and checked against its CRC-32 before reading starts.
 */
import type { FileHandle } from 'node:fs/promises';
import { crc32, createInflateRaw } from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export type ZipCheck = { ok: true } | { ok: false; problem: 'truncated' | 'not-a-workbook' };

/** The end-of-central-directory record: how many entries, and where their directory starts and how long it is. */
export interface ZipDirectory {
  entries: number;
  dirSize: number;
  dirOffset: number;
  /** ZIP64 archives keep the real values elsewhere: then the three numbers above are placeholders. */
  zip64: boolean;
}

/** Finds the end-of-central-directory record in the file's tail; null when there is none (a cut-off file). */
export async function readZipDirectory(file: FileHandle, size: number): Promise<ZipDirectory | null> {
  const tailLength = Math.min(size, EOCD_MIN + MAX_COMMENT);
  const tail = Buffer.alloc(tailLength);
  await file.read(tail, 0, tailLength, size - tailLength);
  for (let i = tailLength - EOCD_MIN; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD_SIGNATURE) continue;
    const entries = tail.readUInt16LE(i + 10);
    const dirSize = tail.readUInt32LE(i + 12);
    const dirOffset = tail.readUInt32LE(i + 16);
    return { entries, dirSize, dirOffset, zip64: dirSize === 0xffffffff || dirOffset === 0xffffffff || entries === 0xffff };
  }
  return null;
}

/** Checks that the ZIP is complete and holds an Excel workbook (xl/workbook.xml). */
export async function checkXlsxZip(file: FileHandle, size: number): Promise<ZipCheck> {
  const directory = await readZipDirectory(file, size);
  if (!directory) return { ok: false, problem: 'truncated' };
  const { entries, dirSize, dirOffset } = directory;
  // An .xlsx that large (ZIP64) is beyond this check; let the reader try.
  if (directory.zip64) return { ok: true };
  if (dirOffset + dirSize > size) return { ok: false, problem: 'truncated' };
  const dir = Buffer.alloc(dirSize);
  await file.read(dir, 0, dirSize, dirOffset);
  const found: ZipEntry[] = [];
  let workbook = false;
  for (let p = 0, n = 0; n < entries && p + 46 <= dir.length; n++) {
    if (dir.readUInt32LE(p) !== CENTRAL_ENTRY_SIGNATURE) return { ok: false, problem: 'truncated' };
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
    if (name.toLowerCase() === 'xl/workbook.xml') workbook = true;
    found.push({
      method: dir.readUInt16LE(p + 10),
      crc: dir.readUInt32LE(p + 16),
      compressed: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      offset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (!workbook) return { ok: false, problem: 'not-a-workbook' };
  for (const entry of found) if (!(await entryIntact(file, entry, size))) return { ok: false, problem: 'truncated' };
  return { ok: true };
}

interface ZipEntry {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Inflates one entry (streamed) and checks its length and CRC-32 against the central directory. */
async function entryIntact(file: FileHandle, entry: ZipEntry, fileSize: number): Promise<boolean> {
  if (entry.method !== 0 && entry.method !== 8) return true; // another method: leave it to the reader
  const header = Buffer.alloc(30);
  await file.read(header, 0, 30, entry.offset);
  if (header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) return false;
  const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressed > fileSize) return false;
  let crc = 0;
  let length = 0;
  const take = (chunk: Buffer): void => {
    crc = crc32(chunk, crc);
    length += chunk.length;
  };
  const CHUNK = 1 << 20;
  const inflate = entry.method === 8 ? createInflateRaw() : null;
  const done = inflate
    ? new Promise<boolean>((resolve) => {
        inflate.on('data', take);
        inflate.on('error', () => resolve(false));
        inflate.on('end', () => resolve(true));
      })
    : Promise.resolve(true);
  for (let at = 0; at < entry.compressed; at += CHUNK) {
    const buf = Buffer.alloc(Math.min(CHUNK, entry.compressed - at));
    await file.read(buf, 0, buf.length, start + at);
    if (!inflate) take(buf);
    else if (!inflate.write(buf)) await new Promise((r) => inflate.once('drain', r));
  }
  inflate?.end();
  return (await done) && length === entry.size && crc >>> 0 === entry.crc;
}
