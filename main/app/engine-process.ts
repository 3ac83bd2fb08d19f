import { join } from 'node:path';
import { utilityProcess, type UtilityProcess } from 'electron';
import type { CallResult } from '../../preload/contract';
import type { EngineOptions } from '../engine';
import type { HostMessage, HostRequest } from './engine-host.protocol';

/**
 * The engine's environment: the app's, with glibc's malloc held to two arenas. Each thread that allocates (the
 * OCR workers, libvips) otherwise gets an arena of its own whose fragments add up over a day of scanning:
 * `bench:soak` with 2 OCR workers peaked at 669 MB after 200 pages with two arenas against 1,124 MB without, at
 * the same speed. Windows and macOS do not read the variable.
 */
function engineEnvironment(): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}

/** The engine running in its own utilityProcess, with request/response over its message port. */
export class EngineProcess {
  private child: UtilityProcess;
  private nextId = 1;
  private readonly pending = new Map<number, (result: CallResult<unknown>) => void>();
  private readonly ready: Promise<void>;

  constructor(
    options: EngineOptions,
    private readonly onEvent: (name: string, payload: unknown) => void,
  ) {
    this.child = utilityProcess.fork(join(__dirname, 'engine-host.js'), [], { serviceName: 'Sohoa Station engine', env: engineEnvironment() });
    this.ready = new Promise((resolve, reject) => {
      this.child.on('message', (message: HostMessage) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'fatal') reject(new Error(message.error.message));
        else if (message.type === 'result') this.settle(message.id, message.result);
        else if (message.type === 'event') this.onEvent(message.name, message.payload);
      });
    });
    this.child.on('exit', (code) => {
      for (const id of [...this.pending.keys()]) {
        this.settle(id, { ok: false, error: { code: 'engine_stopped', message: `The engine stopped unexpectedly (exit code ${code}); restart the app.` } });
      }
    });
    this.post({ type: 'init', options });
  }

  async call(name: string, input: unknown): Promise<CallResult<unknown>> {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.post({ type: 'call', id, name, input });
    });
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  stop(): void {
    this.child.kill();
  }

  private post(request: HostRequest): void {
    this.child.postMessage(request);
  }

  private settle(id: number, result: CallResult<unknown>): void {
    const resolve = this.pending.get(id);
    this.pending.delete(id);
    resolve?.(result);
  }
}
