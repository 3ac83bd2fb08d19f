/**
 * The renderer's only door to the engine: `window.api`, typed from the preload contract.
 * Only types (and the zod-free message catalogue) are imported from preload/: the schemas and zod stay out of the
 * renderer bundle.
 */
import type { Api } from '../../preload/api';
import { isEngineMessage } from '../../preload/messages';
import type { Shown } from './i18n/engine-text';

export const api: Api = window.api;

export function hasApi(): boolean {
  return typeof window.api === 'object' && window.api !== null;
}

/**
 * What to show for a failed call: the engine's coded message when it has one (the screens render it in their
 * language with `engineText`), else its sentence. Engine errors (ApiError) are recognised by shape, since an error
 * crossing the context bridge or the test host's bundle loses its class.
 */
export function errorMessage(error: unknown): Shown {
  const text = typeof error === 'object' && error !== null ? (error as { text?: unknown }).text : undefined;
  if (isEngineMessage(text)) return text;
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}
