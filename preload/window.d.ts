import type { Api } from './create-api';

declare global {
  interface Window {
    api: Api;
  }
}
export {};
