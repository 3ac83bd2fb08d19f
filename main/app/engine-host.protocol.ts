/** Messages between the Electron main process and the engine's utilityProcess. */
import type { CallResult, ErrorInfo } from '../../preload/contract';
import type { EngineOptions } from '../engine';

export type HostRequest = { type: 'init'; options: EngineOptions } | { type: 'call'; id: number; name: string; input: unknown };

export type HostMessage =
  | { type: 'ready' }
  | { type: 'fatal'; error: ErrorInfo }
  | { type: 'result'; id: number; result: CallResult<unknown> }
  | { type: 'event'; name: string; payload: unknown };
