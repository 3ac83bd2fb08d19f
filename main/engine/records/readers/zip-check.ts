/**
 * A look at a ZIP file's central directory before handing it to the XLSX reader. A streaming unzip cannot tell
 * a truncated file from a good one until it reaches the break (and then fails with "FILE_ENDED"), and it reads a
 * ZIP of photos as a workbook with no sheets; the directory at the end of the file answers both at once.
 */
import type { FileHandle } from 'node:fs/promises';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export type ZipCheck = { ok: true } | { ok: false; problem: 'truncated' | 'not-a-workbook' };

/** Checks that the ZIP is complete and holds an Excel workbook (xl/workbook.xml). */
export async function checkXlsxZip(file: FileHandle, size: number): Promise<ZipCheck> {
  const tailLength = Math.min(size, EOCD_MIN + MAX_COMMENT);
  const tail = Buffer.alloc(tailLength);
  await file.read(tail, 0, tailLength, size - tailLength);
  let eocd = -1;
  for (let i = tailLength - EOCD_MIN; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return { ok: false, problem: 'truncated' };
  const entries = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  // ZIP64 archives keep the real values elsewhere; an .xlsx that large is beyond this check, let the reader try.
  if (dirSize === 0xffffffff || dirOffset === 0xffffffff || entries === 0xffff) return { ok: true };
  if (dirOffset + dirSize > size) return { ok: false, problem: 'truncated' };
  const dir = Buffer.alloc(dirSize);
  await file.read(dir, 0, dirSize, dirOffset);
  for (let p = 0, n = 0; n < entries && p + 46 <= dir.length; n++) {
    if (dir.readUInt32LE(p) !== CENTRAL_ENTRY_SIGNATURE) return { ok: false, problem: 'truncated' };
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
    if (name.toLowerCase() === 'xl/workbook.xml') return { ok: true };
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: false, problem: 'not-a-workbook' };
}
