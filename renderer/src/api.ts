/**
 * The renderer's only door to the engine: `window.api`, typed from the preload contract.
 * Only types (and the zod-free message catalogue) are imported from preload/: the schemas and zod stay out of the
 * renderer bundle.
 */
import type { Api } from '../../preload/create-api';

export const api: Api = window.api;

export function hasApi(): boolean {
  return typeof window.api === 'object' && window.api !== null;
}

export { errorMessage } from './error-message';
