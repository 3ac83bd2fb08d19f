/**
 * Leptonica, inside tesseract.js's WASM engine, prints its own complaints to the worker thread's stderr
 * ("Error in pixScanForForeground: invalid box" while laying out a card photo with no text), and Node pipes a
 * worker's stderr into the process's. They are not errors of the scan (the page is read all the same) and say
 * nothing a user can act on, in English, among the command line's progress: the OCR pool mutes them.
 */

/** One line leptonica writes: "Error in <function>: …" or "Warning in <function>: …". */
const LEPTONICA_LINE = /^(Error|Warning) in \w+: /;

/** `text` without leptonica's lines (everything else, in order, as written). */
export function withoutEngineNoise(text: string): string {
  return text
    .split(/(?<=\n)/)
    .filter((line) => !LEPTONICA_LINE.test(line))
    .join('');
}

const muted = new WeakSet<NodeJS.WritableStream>();

/** Drops leptonica's lines from what is written to `stream` (once per stream; other writes pass unchanged). */
export function muteEngineNoise(stream: NodeJS.WriteStream = process.stderr): void {
  if (muted.has(stream)) return;
  muted.add(stream);
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) return write(chunk, ...rest);
    const text = chunk.toString();
    const kept = withoutEngineNoise(text);
    if (kept === text) return write(chunk, ...rest);
    if (kept === '') {
      // Nothing to write: still honour a callback, as write would.
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      if (done) process.nextTick(done);
      return true;
    }
    return write(kept, ...rest);
  }) as typeof stream.write;
}
