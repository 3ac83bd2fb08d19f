/**
 * The bytes of an .xlsx file for exceljs's streaming reader, fed so that no entry of the workbook can be lost.
 *
 * exceljs unzips with unzipper's Parse stream. When Parse reaches the end-of-directory record it ends itself and
 * emits 'end' at once, even while entries it has parsed still wait in its buffer (exceljs had paused it), and
 * exceljs stops at that 'end'. exceljs is slow on one entry (it copies a worksheet stored before the shared
 * strings to a temporary file) while Parse runs on through a small file; when Parse gets to the end first, the
 * workbook.xml behind the worksheet is dropped and reading fails, now and then, with "Cannot read properties of
 * undefined (reading 'sheets')".
 *
 * So the central directory (the bytes after the last entry) is held back until Parse has handed every entry to
 * exceljs: Parse cannot reach the end before exceljs has taken the last entry. A ZIP64 file (its directory is
 * not where this looks) is fed as it is.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { PassThrough, type Duplex } from 'node:stream';
import { readZipDirectory } from './zip-check';

const IDLE_CHECK_MS = 20;

export interface ZipFeed {
  /** The stream to give the WorkbookReader. */
  stream: PassThrough;
  /** Stops reading the file (also when reading stopped early). */
  close(): void;
}

export async function openZipFeed(path: string, onProgress: (bytes: number) => void): Promise<ZipFeed> {
  const file = await open(path, 'r');
  const directory = await file
    .stat()
    .then((stat) => readZipDirectory(file, stat.size))
    .finally(() => file.close());
  const feed = new PassThrough({ highWaterMark: 1 << 20 });
  const inputs: ReadStream[] = [];
  let idle: NodeJS.Timeout | null = null;
  let bytes = 0;
  const read = (start: number, end?: number): ReadStream => {
    const input = createReadStream(path, { start, end, highWaterMark: 1 << 20 });
    input.on('data', (chunk) => onProgress((bytes += chunk.length)));
    input.on('error', (error) => feed.destroy(error));
    inputs.push(input);
    return input;
  };

  if (!directory || directory.zip64 || directory.dirOffset === 0) {
    read(0).pipe(feed);
  } else {
    const { entries, dirOffset } = directory;
    let handedOut = 0;
    let entriesRead = false;
    let directoryFed = false;
    let unzip: Duplex | null = null;
    const feedDirectory = (): void => {
      if (directoryFed || !entriesRead || handedOut < entries) return;
      directoryFed = true;
      if (idle) clearInterval(idle);
      read(dirOffset).pipe(feed);
    };
    const pipe = feed.pipe.bind(feed);
    feed.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
      unzip = destination as unknown as Duplex;
      unzip.on('data', () => {
        handedOut += 1;
        feedDirectory();
      });
      return pipe(destination, options);
    };
    const head = read(0, dirOffset - 1);
    head.pipe(feed, { end: false });
    head.on('end', () => {
      entriesRead = true;
      feedDirectory();
      // A directory that counts more entries than the file holds: once the unzip has taken every byte and
      // handed on everything it parsed, it can only be waiting for the directory.
      idle = setInterval(() => {
        if (!unzip || feed.readableLength > 0 || unzip.writableLength > 0 || unzip.readableLength > 0) return;
        handedOut = entries;
        feedDirectory();
      }, IDLE_CHECK_MS);
      idle.unref();
    });
  }

  return {
    stream: feed,
    close() {
      if (idle) clearInterval(idle);
      for (const input of inputs) input.destroy();
      feed.destroy();
    },
  };
}
