/**
 * Joins single-page TIFFs (e.g. libvips' CCITT G4 bi-level pages) into one multi-page TIFF, as production
 * scanners write a stack: each page's IFD is copied with its strips and out-of-line values relocated. libvips
 * cannot save pages of different sizes (a sideways sheet) into one file. Little-endian, baseline tags only.
 */
const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };
const STRIP_OFFSETS = 273;
const STRIP_BYTES = 279;

interface Entry { tag: number; type: number; count: number; data: Buffer }

function readPage(tiff: Buffer): { entries: Entry[]; strips: Buffer[] } {
  if (tiff.toString('latin1', 0, 2) !== 'II') throw new Error('Only little-endian TIFF pages can be merged.');
  const ifd = tiff.readUInt32LE(4);
  const n = tiff.readUInt16LE(ifd);
  const entries: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const at = ifd + 2 + i * 12;
    const type = tiff.readUInt16LE(at + 2);
    const count = tiff.readUInt32LE(at + 4);
    const size = (TYPE_SIZE[type] ?? 1) * count;
    const data = size <= 4 ? tiff.subarray(at + 8, at + 8 + size) : tiff.subarray(tiff.readUInt32LE(at + 8), tiff.readUInt32LE(at + 8) + size);
    entries.push({ tag: tiff.readUInt16LE(at), type, count, data: Buffer.from(data) });
  }
  const values = (e: Entry | undefined): number[] =>
    e ? Array.from({ length: e.count }, (_, i) => (e.type === 3 ? e.data.readUInt16LE(i * 2) : e.data.readUInt32LE(i * 4))) : [];
  const offsets = values(entries.find((e) => e.tag === STRIP_OFFSETS));
  const counts = values(entries.find((e) => e.tag === STRIP_BYTES));
  return { entries, strips: offsets.map((o, i) => tiff.subarray(o, o + counts[i]!)) };
}

/** One multi-page TIFF holding `pages` (single-page TIFFs) in order. */
export function mergeTiffPages(pages: Buffer[]): Buffer {
  const chunks: Buffer[] = [Buffer.from([0x49, 0x49, 42, 0, 8, 0, 0, 0])];
  let offset = 8;
  const push = (b: Buffer): number => {
    const at = offset;
    chunks.push(b);
    offset += b.length;
    if (b.length % 2) { chunks.push(Buffer.alloc(1)); offset++; }
    return at;
  };
  for (const [p, page] of pages.entries()) {
    const { entries, strips } = readPage(page);
    const ifdSize = 2 + entries.length * 12 + 4;
    const ifd = Buffer.alloc(ifdSize);
    push(ifd);
    const stripAt = strips.map((s) => push(Buffer.from(s)));
    ifd.writeUInt16LE(entries.length, 0);
    for (const [i, e] of entries.sort((a, b) => a.tag - b.tag).entries()) {
      const at = 2 + i * 12;
      let data = e.data;
      let type = e.type;
      if (e.tag === STRIP_OFFSETS) {
        type = 4;
        data = Buffer.alloc(4 * stripAt.length);
        stripAt.forEach((o, j) => data.writeUInt32LE(o, j * 4));
      }
      ifd.writeUInt16LE(e.tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(e.count, at + 4);
      if (data.length <= 4) data.copy(ifd, at + 8);
      else ifd.writeUInt32LE(push(data), at + 8);
    }
    ifd.writeUInt32LE(p === pages.length - 1 ? 0 : offset, ifdSize - 4);
  }
  return Buffer.concat(chunks);
}
