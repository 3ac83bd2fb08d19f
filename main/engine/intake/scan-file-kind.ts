/** What a file holds, judged by its first bytes: a scanner's file is often misnamed, and junk is often named like a scan. */
import { open } from 'node:fs/promises';
import path from 'node:path';

export type FileKind = 'pdf' | 'tiff' | 'jpeg' | 'png' | 'empty' | 'unknown';

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.jpe', '.jfif', '.png']);
const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.tif', '.tiff']);

/** The kind of content in `head` (the first bytes of a file). */
export function sniffBytes(head: Uint8Array): FileKind {
  if (head.length === 0) return 'empty';
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.length >= 4) {
    const sig = b.subarray(0, 4).toString('latin1');
    if (sig === 'II*\0' || sig === 'MM\0*' || sig === 'II+\0' || sig === 'MM\0+') return 'tiff';
  }
  // Some scanners write a few junk bytes before the header; PDF readers accept it within the first KiB.
  if (b.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  return 'unknown';
}

/** The kind of content in `file`; throws the file system's error when it cannot be opened. */
export async function sniffFile(file: string): Promise<FileKind> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return sniffBytes(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** True when the name says "page image" (JPEG or PNG). */
export function hasImageExtension(file: string): boolean {
  return IMAGE_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/** True when the name says "scanned document" (PDF or TIFF). */
export function hasDocumentExtension(file: string): boolean {
  return DOCUMENT_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/** The usual file extension for a kind of content, or null when it is not a scan. */
export function extensionFor(kind: FileKind): string | null {
  switch (kind) {
    case 'pdf': return 'pdf';
    case 'tiff': return 'tif';
    case 'jpeg': return 'jpg';
    case 'png': return 'png';
    default: return null;
  }
}
