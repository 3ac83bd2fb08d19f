/**
 * Every IPC call is checked before it reaches the engine: the sender must be our window's page, the call must
 * exist in the contract, and its payload must match the contract's schema. `electron` is a stand-in here that
 * captures the handler `bindIpc` registers, so the test calls it as Electron would.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallResult } from '../../preload/contract';

type Handler = (event: unknown, name: unknown, input: unknown) => Promise<CallResult<unknown>>;
const electron = vi.hoisted(() => ({ handler: null as Handler | null, openPath: vi.fn(async (_path: string) => '') }));

vi.mock('electron', () => ({
  ipcMain: { handle: (_channel: string, h: Handler) => void (electron.handler = h) },
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  shell: { openPath: electron.openPath },
}));

import { bindIpc } from '../../main/app/ipc';
import type { EngineProcess } from '../../main/app/engine-process';
import { parseCallInput } from '../../preload/contract';

const APP = 'app://sohoa/index.html';
const webContents = { id: 1 };
const window = { webContents, isDestroyed: () => false };
const engineCall = vi.fn(async (): Promise<CallResult<unknown>> => ({ ok: true, value: 'engine ran' }));
const call = (name: unknown, input: unknown, sender: unknown = webContents, url = APP): Promise<CallResult<unknown>> =>
  electron.handler!({ sender, senderFrame: { url } }, name, input);

beforeEach(() => {
  engineCall.mockClear();
  electron.openPath.mockClear();
  bindIpc(window as never, { call: engineCall } as unknown as EngineProcess, (url) => url.startsWith('app://sohoa/'));
});

describe('IPC calls that break the rules never reach the engine', () => {
  it('a call from another window or from a frame of another origin is refused', async () => {
    expect(await call('records.import', { files: ['/x.csv'] }, { id: 2 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('records.import', { files: ['/x.csv'] }, webContents, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await electron.handler!({ sender: webContents, senderFrame: null }, 'records.import', { files: ['/x.csv'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(engineCall).not.toHaveBeenCalled();
  });

  it('a call not in the contract is refused by name', async () => {
    expect(await call('db.exec', { sql: 'DROP TABLE records' })).toEqual({ ok: false, error: { code: 'unknown_call', message: 'There is no call named db.exec.' } });
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(engineCall).not.toHaveBeenCalled();
  });

  it.each([
    ['records.import', { files: [] }],
    ['records.import', { files: 'C:\\\\records.csv' }],
    ['records.import', { files: [42] }],
    ['app.openFolder', { path: '' }],
    ['app.openFolder', { path: 'x'.repeat(5000) }],
    ['export.batches', { offset: -1, limit: 10 }],
    ['export.batches', { offset: 0, limit: 1e9 }],
  ])('%s with %j is refused as invalid input', async (name, input) => {
    const result = await call(name, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(new RegExp(`^The call ${name.replace('.', '\\.')} was refused: `)) } });
    expect(engineCall).not.toHaveBeenCalled();
  });

  it('a valid call from our page reaches the engine with the parsed payload', async () => {
    expect(await call('records.import', { files: ['/station/records.csv'] })).toEqual({ ok: true, value: 'engine ran' });
    expect(engineCall).toHaveBeenCalledWith('records.import', { files: ['/station/records.csv'] });
    expect(parseCallInput('records.import', { files: ['/a.csv'], extra: 'ignored' })).toEqual({ ok: true, value: { files: ['/a.csv'] } });
  });
});

describe('app.openFolder hands only folders to the file manager', () => {
  it('a file (which openPath would launch with its program) or a missing path is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-open-'));
    const file = join(dir, 'run-me.bat');
    writeFileSync(file, 'echo hi');
    expect(await call('app.openFolder', { path: file })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('app.openFolder', { path: join(dir, '..', 'nowhere', '..', '..', 'missing') })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(electron.openPath).not.toHaveBeenCalled();
    expect(await call('app.openFolder', { path: dir })).toEqual({ ok: true, value: null });
    expect(electron.openPath).toHaveBeenCalledWith(dir);
  });
});
