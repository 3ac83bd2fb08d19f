/**
 * A minimal multi-page TIFF writer (8-bit grey or RGB, Deflate, one strip per page). libvips can only save
 * multi-page TIFFs whose pages share a size, but a scanned stack mixes portrait and landscape sheets.
 */
import sharp from 'sharp';
import { deflateSync } from 'node:zlib';

interface Entry { tag: number; type: number; values: number[] }

const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;

/** Encodes `pages` (any format sharp reads) into one little-endian multi-page TIFF at 300 dpi. */
export async function writeMultiPageTiff(pages: Buffer[]): Promise<Buffer> {
  const decoded = await Promise.all(pages.map(async (p) => {
    const meta = await sharp(p).metadata();
    const grey = meta.channels === 1 || meta.space === 'b-w';
    const { data, info } = await (grey ? sharp(p).greyscale() : sharp(p).removeAlpha().toColourspace('srgb'))
      .raw().toBuffer({ resolveWithObject: true });
    return { data: deflateSync(data, { level: 4 }), width: info.width, height: info.height, channels: info.channels };
  }));
  const chunks: Buffer[] = [];
  let offset = 8;
  const header = Buffer.from([0x49, 0x49, 42, 0, 0, 0, 0, 0]);
  chunks.push(header);
  let prevNextPtr = 4; // where the previous "next IFD" offset must be written (header's first-IFD slot at 4)
  const patches: [number, number][] = [];
  for (const page of decoded) {
    const dataOffset = offset;
    chunks.push(page.data);
    offset += page.data.length + (page.data.length % 2);
    if (page.data.length % 2) chunks.push(Buffer.alloc(1));
    const bpsOffset = offset;
    const bps = Buffer.alloc(page.channels * 2);
    for (let c = 0; c < page.channels; c++) bps.writeUInt16LE(8, c * 2);
    const resOffset = bpsOffset + bps.length;
    const res = Buffer.alloc(16);
    res.writeUInt32LE(300, 0); res.writeUInt32LE(1, 4); res.writeUInt32LE(300, 8); res.writeUInt32LE(1, 12);
    chunks.push(bps, res);
    offset = resOffset + 16;
    const entries: Entry[] = [
      { tag: 256, type: LONG, values: [page.width] },
      { tag: 257, type: LONG, values: [page.height] },
      { tag: 258, type: SHORT, values: page.channels === 1 ? [8] : [bpsOffset] },
      { tag: 259, type: SHORT, values: [8] },
      { tag: 262, type: SHORT, values: [page.channels === 1 ? 1 : 2] },
      { tag: 273, type: LONG, values: [dataOffset] },
      { tag: 277, type: SHORT, values: [page.channels] },
      { tag: 278, type: LONG, values: [page.height] },
      { tag: 279, type: LONG, values: [page.data.length] },
      { tag: 282, type: RATIONAL, values: [resOffset] },
      { tag: 283, type: RATIONAL, values: [resOffset + 8] },
      { tag: 284, type: SHORT, values: [1] },
      { tag: 296, type: SHORT, values: [2] },
    ];
    const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
    ifd.writeUInt16LE(entries.length, 0);
    entries.forEach((e, i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(e.tag, at);
      ifd.writeUInt16LE(e.type, at + 2);
      const count = e.tag === 258 ? page.channels : 1;
      ifd.writeUInt32LE(count, at + 4);
      if (e.type === SHORT && count === 1) ifd.writeUInt16LE(e.values[0], at + 8);
      else ifd.writeUInt32LE(e.values[0], at + 8); // LONG value, or offset of RATIONAL / SHORT array
    });
    patches.push([prevNextPtr, offset]);
    prevNextPtr = offset + 2 + entries.length * 12;
    chunks.push(ifd);
    offset += ifd.length;
  }
  const out = Buffer.concat(chunks);
  for (const [at, value] of patches) out.writeUInt32LE(value, at);
  return out;
}
