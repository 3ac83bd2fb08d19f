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
    if (name === 'app.pickFiles') return { ok: true, value: await pickRecordFiles(window) };
    return engine.call(name, parsed.value);
  });
}

export function forwardEvents(window: BrowserWindow): (name: string, payload: unknown) => void {
  return (name, payload) => {
    if (!window.isDestroyed()) window.webContents.send('api:event', name, payload);
  };
}

async function pickRecordFiles(window: BrowserWindow): Promise<string[]> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Chọn tệp dữ liệu hồ sơ / Choose record files',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'CSV, Excel, JSON', extensions: ['csv', 'txt', 'tsv', 'xlsx', 'json'] },
      { name: '*', extensions: ['*'] },
    ],
  });
  return result.canceled ? [] : result.filePaths;
}
