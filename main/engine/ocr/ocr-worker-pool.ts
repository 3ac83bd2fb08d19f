/**
 * A pool of tesseract.js workers (worker_threads, one WASM engine each) fed from one queue. Workers are
 * recycled after `recycleAfter` jobs because each WASM heap only grows. The old worker is ended before its
 * replacement starts: its slot is held meanwhile (no job waits longer than the start), and the pool never
 * holds one engine more than its size (peak memory stays the pool's). A job may ask for other languages than the
 * pool's (a name read in Vietnamese alone: with English beside it, tesseract takes a capital word's bare English
 * reading, NGUYEN for NGUYỄN): one worker of those languages is started on first use and serves them all.
 */
import { availableParallelism } from 'node:os';
import { createWorker, OEM, type Worker, type Page, type Rectangle, type OutputFormats } from 'tesseract.js';
import { prepareLangPath, type OcrLang, type TraineddataVariant } from './traineddata';
import { muteEngineNoise } from './engine-noise';

export interface OcrPoolOptions {
  /** Number of workers; default: CPU count − 1, at least 1. */
  size?: number;
  langs?: readonly OcrLang[];
  variant?: TraineddataVariant;
  /** Terminate and replace a worker after this many jobs (0 = never). Default 200. */
  recycleAfter?: number;
}

export interface OcrJob {
  /** Encoded image (PNG, JPEG, PGM/PNM…) as leptonica reads it. */
  image: Buffer;
  /** Tesseract variables for this job only, e.g. { tessedit_pageseg_mode: '7', tessedit_char_whitelist: '…' }. */
  params?: Record<string, string>;
  rectangle?: Rectangle;
  /** Ask for the blocks → paragraphs → lines → words → symbols tree (needed for boxes and confidences). */
  blocks?: boolean;
  tsv?: boolean;
  /** Read in these languages instead of the pool's (one extra worker per language set, started on first use). */
  langs?: readonly OcrLang[];
}

export interface OcrPool {
  recognize(job: OcrJob): Promise<Page>;
  /** Workers of the pool's own languages (a worker of other languages a job asked for is not counted). */
  size(): number;
  terminate(): Promise<void>;
}

interface Slot { worker: Worker; jobs: number; busy: boolean }

/**
 * Default pool size for this machine. The desktop app leaves one core for its UI and image work; the command
 * line has the machine to itself and reads on every core: on two cores one worker is the bottleneck (its OCR
 * takes about two thirds of a page's CPU time), and a second one nearly doubles what it reads a minute.
 */
export function defaultPoolSize(cores: 'spare-one' | 'every' = 'spare-one'): number {
  return Math.max(1, availableParallelism() - (cores === 'every' ? 0 : 1));
}

async function startWorker(langs: readonly OcrLang[], variant: TraineddataVariant): Promise<Worker> {
  // A local langPath is read with fs (never fetched); cacheMethod 'none' stops tesseract.js from writing
  // <lang>.traineddata into the current directory, its default cache location.
  const langPath = prepareLangPath(langs, variant);
  const worker = await createWorker(langs.join('+'), OEM.LSTM_ONLY, { langPath, cacheMethod: 'none', gzip: true });
  // Tesseract's own diagnostics ("Image too small to scale!!" for a speck inside a line) would otherwise
  // flood the command line's stderr; they say nothing a user can act on.
  await worker.setParameters({ debug_file: '/dev/null' });
  return worker;
}

/** Workers of one language set, fed from one queue. */
interface Group {
  slots: Slot[];
  waiting: ((slot: Slot) => void)[];
}

/** Creates the pool and starts its workers. */
export async function createOcrPool(options: OcrPoolOptions = {}): Promise<OcrPool> {
  const langs = options.langs ?? ['vie', 'eng'];
  const variant = options.variant ?? 'best_int';
  const recycleAfter = options.recycleAfter ?? 200;
  const n = options.size ?? defaultPoolSize();
  muteEngineNoise();
  const own: Group = { slots: [], waiting: [] };
  for (let i = 0; i < n; i++) own.slots.push({ worker: await startWorker(langs, variant), jobs: 0, busy: false });
  // Other language sets a job asked for: one worker each, started on first use.
  const others = new Map<string, Promise<Group>>();
  let closed = false;

  const groupOf = (jobLangs: readonly OcrLang[] | undefined): Promise<Group> => {
    const key = jobLangs?.join('+');
    if (!jobLangs || key === langs.join('+')) return Promise.resolve(own);
    let group = others.get(key!);
    if (!group) {
      group = startWorker(jobLangs, variant).then((worker) => ({ slots: [{ worker, jobs: 0, busy: false }], waiting: [] }));
      others.set(key!, group);
    }
    return group;
  };
  const acquire = (group: Group): Promise<Slot> => {
    const free = group.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => group.waiting.push(resolve));
  };
  const release = (group: Group, slot: Slot): void => {
    const next = group.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  };

  const recognize = async (job: OcrJob): Promise<Page> => {
    if (closed) throw new Error('The OCR pool has been terminated.');
    const group = await groupOf(job.langs);
    const slot = await acquire(group);
    try {
      if (recycleAfter > 0 && slot.jobs >= recycleAfter) {
        await slot.worker.terminate();
        slot.worker = await startWorker(group === own ? langs : job.langs!, variant);
        slot.jobs = 0;
      }
      slot.jobs++;
      const output: Partial<OutputFormats> = { text: true, blocks: job.blocks ?? false, tsv: job.tsv ?? false };
      const opts = { ...(job.params ?? {}), ...(job.rectangle ? { rectangle: job.rectangle } : {}) };
      const { data } = await slot.worker.recognize(job.image, opts, output);
      return data;
    } finally {
      release(group, slot);
    }
  };

  return {
    recognize,
    size: () => own.slots.length,
    terminate: async (): Promise<void> => {
      closed = true;
      const groups = [own, ...(await Promise.all([...others.values()].map((g) => g.catch(() => null))))];
      await Promise.all(groups.flatMap((g) => g?.slots ?? []).map((s) => s.worker.terminate()));
    },
  };
}
