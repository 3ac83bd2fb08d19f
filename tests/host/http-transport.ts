/**
 * Browser side of the test host: `window.api` over loopback HTTP, built by the same `createApi` as the
 * Electron preload. Calls are POST /__api/call {name, input} answered with a CallResult; events arrive over
 * one Server-Sent Events stream (GET /__api/events) as {name, payload}. Bundled by esbuild into /__host/api.js.
 */
import { createApi, type Api, type Transport } from '../../preload/create-api';
import type { CallResult, EventName } from '../../preload/contract';
import { previewPick } from './preview-picker';

// This file runs in Chromium but is type-checked with the Node config (no DOM lib): declare what it uses.
interface MessageEventLike {
  data: string;
}
interface EventSourceLike {
  onmessage: ((event: MessageEventLike) => void) | null;
}
declare const EventSource: new (url: string) => EventSourceLike;

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
let stream: EventSourceLike | null = null;

function connect(): void {
  if (stream) return;
  stream = new EventSource('/__api/events');
  stream.onmessage = (event) => {
    const { name, payload } = JSON.parse(event.data) as { name: EventName; payload: unknown };
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };
}

const transport: Transport = {
  async invoke(name, input) {
    if (name === 'app.pickFiles') {
      const picked = await previewPick((input as { purpose: string }).purpose).catch(() => null);
      if (picked) return { ok: true, value: picked };
    }
    try {
      const response = await fetch('/__api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, input }),
      });
      return (await response.json()) as CallResult<unknown>;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'transport', message: `The test host did not answer ${name}: ${message}` } };
    }
  },
  subscribe(name, listener) {
    connect();
    let set = listeners.get(name);
    if (!set) listeners.set(name, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  },
};

(globalThis as unknown as { api: Api }).api = createApi(transport);
// Open the event stream now, so no early progress event is missed while the UI is still mounting.
connect();
