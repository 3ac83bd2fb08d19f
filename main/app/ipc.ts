import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { isCallName, parseCallInput, type CallResult } from '../../preload/contract';
import type { EngineProcess } from './engine-process';

/**
 * Binds the contract to IPC. Every message is checked for its sender (our window, our page) and validated
 * against the contract's schema here, before anything reaches the engine.
 */
export function bindIpc(window: BrowserWindow, engine: EngineProcess, isAppUrl: (url: string) => boolean): void {
  ipcMain.handle('api:call', async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<CallResult<unknown>> => {
    if (event.sender !== window.webContents || !event.senderFrame || !isAppUrl(event.senderFrame.url)) {
      return { ok: false, error: { code: 'forbidden', message: 'The call came from an unknown page and was refused.' } };
    }
    if (!isCallName(name)) return { ok: false, error: { code: 'unknown_call', message: `There is no call named ${String(name)}.` } };
    const parsed = parseCallInput(name, input);
    if (!parsed.ok) return parsed;
    if (name === 'app.pickFiles') return { ok: true, value: await pickFiles(window, (parsed.value as { purpose: Purpose }).purpose) };
    return engine.call(name, parsed.value);
  });
}

export function forwardEvents(window: BrowserWindow): (name: string, payload: unknown) => void {
  return (name, payload) => {
    if (!window.isDestroyed()) window.webContents.send('api:event', name, payload);
  };
}

type Purpose = 'records' | 'scans' | 'scan-folder';

const DIALOGS: Record<Purpose, Electron.OpenDialogOptions> = {
  records: {
    title: 'Chọn tệp dữ liệu hồ sơ / Choose record files',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'CSV, Excel, JSON', extensions: ['csv', 'txt', 'tsv', 'xlsx', 'json'] },
      { name: '*', extensions: ['*'] },
    ],
  },
  scans: {
    title: 'Chọn tệp quét / Choose scanned files',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'PDF, TIFF, JPEG, PNG', extensions: ['pdf', 'tif', 'tiff', 'jpg', 'jpeg', 'png'] },
      { name: '*', extensions: ['*'] },
    ],
  },
  'scan-folder': { title: 'Chọn thư mục hồ sơ quét / Choose a folder of scans', properties: ['openDirectory', 'multiSelections'] },
};

async function pickFiles(window: BrowserWindow, purpose: Purpose): Promise<string[]> {
  const result = await dialog.showOpenDialog(window, DIALOGS[purpose]);
  return result.canceled ? [] : result.filePaths;
}
