/** Exposes the typed API on `window.api` over Electron IPC, and nothing else. */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi, plainError, type Transport } from './create-api';
import type { CallResult } from './contract';

const transport: Transport = {
  invoke: (name, input) => ipcRenderer.invoke('api:call', name, input) as Promise<CallResult<unknown>>,
  subscribe: (name, listener) => {
    const handler = (_event: IpcRendererEvent, eventName: string, payload: unknown): void => {
      if (eventName === name) listener(payload);
    };
    ipcRenderer.on('api:event', handler);
    return () => ipcRenderer.removeListener('api:event', handler);
  },
};

contextBridge.exposeInMainWorld('api', createApi(transport, plainError));
