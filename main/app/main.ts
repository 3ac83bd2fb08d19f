/** The Electron shell: one window, the engine in a utilityProcess, IPC bound to the contract. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { APP_NAME } from '../engine/station/paths';
import { EngineProcess } from './engine-process';
import { bindIpc, forwardEvents } from './ipc';
import { hardenApp, secureWebPreferences } from './security';
import { loadWindowState, MIN_SIZE, rememberWindowState } from './window-state';

app.setName(APP_NAME);
if (!app.requestSingleInstanceLock()) app.quit();

const rendererIndex = join(__dirname, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const isAppUrl = (url: string): boolean => url.split('#')[0] === rendererUrl;
hardenApp(isAppUrl);

/** Until a real station is set up, the app opens the built-in demo station, in a database of its own. */
function stationDatabase(): { dbPath: string; demo: boolean } {
  if (process.env.SOHOA_DB) return { dbPath: process.env.SOHOA_DB, demo: false };
  const real = join(app.getPath('userData'), 'station.db');
  if (existsSync(real)) return { dbPath: real, demo: false };
  return { dbPath: join(app.getPath('userData'), 'demo', 'station.db'), demo: true };
}

async function start(): Promise<void> {
  const { maximized, hash, ...bounds } = loadWindowState();
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  const engine = new EngineProcess(
    {
      ...stationDatabase(),
      warmLookup: true,
      resumeWork: true,
      scheduleBackups: true,
      nativeBinding: process.env.SOHOA_SQLITE_BINDING || undefined,
      demoScans: app.isPackaged ? join(process.resourcesPath, 'demo', 'scans') : join(__dirname, '../../resources/demo/scans'),
    },
    forwardEvents(window),
  );
  bindIpc(window, engine, isAppUrl);
  rememberWindowState(window);
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  app.on('before-quit', () => engine.stop());
  await window.loadURL(rendererUrl + hash);
}

app.whenReady().then(start, (error: unknown) => {
  console.error(`Sohoa Station could not start: ${(error as Error).message}`);
  app.exit(1);
});
app.on('window-all-closed', () => app.quit());
