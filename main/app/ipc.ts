import { stat } from 'node:fs/promises';
import { dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
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
    if (name === 'app.openFolder') return openFolder((parsed.value as { path: string }).path);
    return engine.call(name, parsed.value);
  });
}

export function forwardEvents(window: BrowserWindow): (name: string, payload: unknown) => void {
  return (name, payload) => {
    if (!window.isDestroyed()) window.webContents.send('api:event', name, payload);
  };
}

type Purpose = TablePurpose | 'scans' | 'scan-folder' | 'export-folder' | 'backup-folder' | 'archive-folder' | SavePurpose;
type SavePurpose = 'backup-file' | 'report-file' | 'separator-file';
type OpenPurpose = Exclude<Purpose, SavePurpose>;
type TablePurpose = 'records' | 'residents' | 'declarations' | 'licences';

/** A table file's dialog: CSV, Excel or JSON, several at once. */
const tableFiles = (title: string): Electron.OpenDialogOptions => ({
  title,
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'CSV, Excel, JSON', extensions: ['csv', 'txt', 'tsv', 'xlsx', 'json'] },
    { name: '*', extensions: ['*'] },
  ],
});

const today = (): string => new Date().toISOString().slice(0, 10);

/** New files: the save dialog lets the user name them and confirms overwriting. */
const SAVE_DIALOGS: Record<SavePurpose, () => Electron.SaveDialogOptions> = {
  'backup-file': () => ({
    title: 'Sao lưu đơn vị / Back up the station',
    defaultPath: `sohoa-${today()}.sohoa-backup`,
    filters: [{ name: 'Sohoa Station backup', extensions: ['sohoa-backup'] }],
  }),
  'separator-file': () => ({
    title: 'Lưu tờ phân cách để in / Save separator sheets to print',
    defaultPath: 'to-phan-cach-ho-so.pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  }),
  'report-file': () => ({
    title: 'Lưu báo cáo / Save the report',
    defaultPath: `bao-cao-${today()}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  }),
};

const DIALOGS: Record<OpenPurpose, Electron.OpenDialogOptions> = {
  records: tableFiles('Chọn tệp dữ liệu hồ sơ / Choose record files'),
  residents: tableFiles('Chọn tệp trích xuất CSDL dân cư / Choose population register files'),
  declarations: tableFiles('Chọn tệp tự khai báo / Choose self-declaration files'),
  licences: tableFiles('Chọn tệp dữ liệu giấy phép lái xe / Choose driving-licence files'),
  scans: {
    title: 'Chọn tệp quét / Choose scanned files',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'PDF, TIFF, JPEG, PNG', extensions: ['pdf', 'tif', 'tiff', 'jpg', 'jpeg', 'png'] },
      { name: '*', extensions: ['*'] },
    ],
  },
  'scan-folder': { title: 'Chọn thư mục hồ sơ quét / Choose a folder of scans', properties: ['openDirectory', 'multiSelections'] },
  'export-folder': { title: 'Chọn thư mục xuất lô / Choose where to write the batch', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] },
  'archive-folder': { title: 'Chọn thư mục lưu trữ bản quét / Choose the archive folder', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] },
  'backup-folder': { title: 'Chọn thư mục sao lưu hằng ngày / Choose the daily backup folder', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] },
};

async function pickFiles(window: BrowserWindow, purpose: Purpose): Promise<string[]> {
  if (purpose === 'backup-file' || purpose === 'report-file' || purpose === 'separator-file') {
    const saved = await dialog.showSaveDialog(window, SAVE_DIALOGS[purpose]());
    return saved.canceled || !saved.filePath ? [] : [saved.filePath];
  }
  const result = await dialog.showOpenDialog(window, DIALOGS[purpose]);
  return result.canceled ? [] : result.filePaths;
}

/** Only an existing folder is handed to the file manager: openPath would also launch a file with its default program. */
async function openFolder(path: string): Promise<CallResult<unknown>> {
  const info = await stat(path).catch(() => null);
  if (!info?.isDirectory()) return { ok: false, error: { code: 'not_found', message: `${path} is not a folder (it was moved or deleted).` } };
  const failure = await shell.openPath(path);
  return failure ? { ok: false, error: { code: 'shell', message: failure } } : { ok: true, value: null };
}
