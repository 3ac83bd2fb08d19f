// The timed part of bench:retired in a process of its own, as `sohoa retired import` runs: nothing compiled or
// cached by the setup (the records import) helps it. `DB LIST LIST-2 OUT-DIR`; prints what it measured as JSON.
import { join } from 'node:path';
import { createEngine } from '../../main/engine/engine';
import type { RetiredImportReport } from '../../main/engine/domain/retired';

interface Timed<T> {
  seconds: number;
  cpuSeconds: number;
  result: T;
}

async function timed<T>(work: () => T | Promise<T>): Promise<Timed<T>> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const result = await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6, result };
}

async function run(): Promise<void> {
  const [dbPath, list, list2, outDir] = process.argv.slice(2) as [string, string, string, string];
  const opened = await timed(() => createEngine({ dbPath, ocrWorkers: 1 }));
  const engine = opened.result;
  const rss0 = process.memoryUsage().rss;
  const first = await timed(() => engine.retired.import({ files: [list] }));
  const rssMb = (process.memoryUsage().rss - rss0) / 1e6;
  const second = await timed(() => engine.retired.import({ files: [list2] }));
  const again = await timed(() => engine.retired.import({ files: [list] }));
  const listed = await timed(() => engine.retired.list().length);
  const pick = await timed(() => engine.retired.pickList({ out: join(outDir, 'pick-list.pdf'), locale: 'vi' }));
  const counts = engine.retired.counts();
  const closed = await timed(() => engine.close());
  const brief = (t: Timed<RetiredImportReport>): Timed<{ marked: number; already_marked: number; unmatched: number; rejected: number }> => ({
    ...t,
    result: { marked: t.result.marked, already_marked: t.result.already_marked, unmatched: t.result.unmatched.length, rejected: t.result.rejected },
  });
  process.stdout.write(JSON.stringify({ opened: { ...opened, result: null }, first: brief(first), rssMb, second: brief(second), again: brief(again), listed, pick, counts, closed: { ...closed, result: null } }));
}

void run();
