import type { Role } from '../../../preload/contract';

/**
 * The demo station's accounts, shown on the sign-in dialog only when the station says it is the demo.
 * They mirror DEMO_ACCOUNTS in main/engine/station/demo-station.ts (the renderer cannot import the engine).
 */
export const DEMO_ACCOUNTS: readonly { name: string; role: Role; password: string }[] = [
  { name: 'lead', role: 'lead', password: 'demo-lead' },
  { name: 'officer', role: 'officer', password: 'demo-officer' },
  { name: 'clerk', role: 'clerk', password: 'demo-clerk' },
];
