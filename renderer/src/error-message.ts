import { isEngineMessage } from '../../preload/messages';
import type { Shown } from './i18n/engine-text';

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
