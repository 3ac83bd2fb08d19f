// Imports one records file into a fresh database in its own process, so peak RSS is the import's alone.
import { createEngine } from '../../main/engine/engine';

async function run(): Promise<void> {
  const [file, dbPath] = process.argv.slice(2) as [string, string];
  const engine = await createEngine({ dbPath });
  const started = process.hrtime.bigint();
  const report = await engine.records.import({ files: [file] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await engine.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ seconds, peakRssMb, report: { ...report, errors: report.errors.slice(0, 3), issues: report.issues.length } }));
}

void run();
