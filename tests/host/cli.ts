/**
 * `npm run preview:web`: the UI in an ordinary browser against the demo station in ./.sohoa-dev/demo.db.
 *
 * A browser page cannot open the native file dialog, and the engine needs paths on this machine, not file
 * contents. So in preview every file dialog is the host's own list of this machine's folders (preview-picker.ts),
 * starting beside .sohoa-dev/demo-records.csv — 200 generated records written on first use — or the demo scans.
 * SOHOA_PREVIEW_FILES (comma-separated paths) is still the answer should the list be unavailable.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeRecordsCsv } from '../../main/engine/demo/records.generator';
import { startTestHost } from './server';

async function main(): Promise<void> {
  const devDir = resolve(process.env.SOHOA_DEV_DIR ?? '.sohoa-dev');
  mkdirSync(devDir, { recursive: true });
  const port = Number(process.env.PORT ?? 5199);

  const listed = (process.env.SOHOA_PREVIEW_FILES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => resolve(p));
  let files = listed;
  if (files.length === 0) {
    const demoCsv = join(devDir, 'demo-records.csv');
    if (!existsSync(demoCsv)) await writeRecordsCsv(demoCsv, 200, 2024);
    files = [demoCsv];
  }

  const host = await startTestHost({
    dbPath: join(devDir, 'demo.db'),
    port,
    demo: true,
    pickFiles: () => [...files],
    // The file dialogs list this machine's folders, starting beside the demo files.
    browseFrom: (purpose) => (purpose === 'scans' || purpose === 'scan-folder' ? resolve('resources', 'demo', 'scans') : devDir),
    demoScans: resolve('resources', 'demo', 'scans'),
  });
  process.stdout.write(`Sohoa Station preview: ${host.url}\n`);
  process.stdout.write(`File dialogs list this machine's folders; the demo records are in ${files.join(', ')}\n`);
  process.stdout.write('Press Ctrl+C to stop.\n');

  const stop = (): void => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`preview failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
