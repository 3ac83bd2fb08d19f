/**
 * The renderer's only door to the engine: `window.api`, typed from the preload contract.
 * Only types are imported from preload/: the schemas (and zod) stay out of the renderer bundle.
 */
import type { Api } from '../../preload/api';

export const api: Api = window.api;

export function hasApi(): boolean {
  return typeof window.api === 'object' && window.api !== null;
}

/**
 * The sentence to show for a failed call. Engine errors (ApiError) already are one clear sentence; they are
 * recognised by shape, since an error crossing the context bridge or the test host's bundle loses its class.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}
