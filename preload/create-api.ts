/**
 * Builds the typed `window.api` object from the contract. The preload (over Electron IPC) and the test host
 * (over loopback HTTP) both call this function; only the transport differs.
 */
import { calls, type CallName, type CallInput, type CallOutput, type CallResult, type EventName, type EventPayload } from './contract';
import type { EngineMessage } from './messages';

/** How calls and events travel; the only thing that differs between Electron and the test host. */
export interface Transport {
  invoke(name: CallName, input: unknown): Promise<CallResult<unknown>>;
  subscribe(name: EventName, listener: (payload: unknown) => void): () => void;
}

/**
 * Thrown in the renderer when a call fails; `text` is the engine's coded message for the screens to render in
 * their language, `message` its English sentence (for refusals not coded yet, the only one).
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly text?: EngineMessage,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * What the preload throws to the page for a failed call: an Error crossing Electron's context bridge loses every
 * property but its message, so a plain object carries the code and the coded message instead.
 */
export function plainError(error: ApiError): { name: string; code: string; message: string; text?: EngineMessage } {
  return { name: error.name, code: error.code, message: error.message, text: error.text };
}

type Split<K extends string> = K extends `${infer NS}.${infer M}` ? [NS, M] : never;
type Namespaces = Split<CallName>[0];
type MethodsOf<NS extends string> = {
  [K in CallName as Split<K>[0] extends NS ? Split<K>[1] : never]: (input?: CallInput<K>) => Promise<CallOutput<K>>;
};

/** The API as the renderer sees it: `api.records.find({ text })`, `api.on('job.progress', fn)`. */
export type Api = { [NS in Namespaces]: MethodsOf<NS> } & {
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/**
 * `crossing` turns a failed call's error into what is thrown to the page: Electron's context bridge keeps only an
 * Error's message, so the preload throws a plain object carrying the code and the coded message instead.
 */
export function createApi(transport: Transport, crossing: (error: ApiError) => unknown = (error) => error): Api {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(calls) as CallName[]) {
    const [ns, method] = name.split('.') as [string, string];
    const group = (api[ns] ??= {}) as Record<string, unknown>;
    group[method] = async (input?: unknown): Promise<unknown> => {
      const result = await transport.invoke(name, input ?? {});
      if (!result.ok) throw crossing(new ApiError(result.error.code, result.error.message, result.error.text));
      return result.value;
    };
  }
  api.on = (name: EventName, listener: (payload: unknown) => void): (() => void) => transport.subscribe(name, listener);
  return api as Api;
}
