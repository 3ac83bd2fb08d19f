/**
 * Every call of the engine's API: each area's calls, written beside that area's schemas. Keys are `area.method`;
 * the engine answers each with `engine.area.method(input)` (filling in the input's defaults from here,
 * `withCallDefaults`), and the contract (preload/contract.ts) offers the same calls to the UI.
 */
import { recordsCalls } from './records.calls';
import { scanCalls } from './scan.calls';
import { reviewCalls } from './review.calls';
import { exportCalls } from './export.calls';
import { dashboardCalls } from './dashboard.calls';
import { stationCalls } from './station.calls';
import { ownersCalls } from './owners.calls';
import { licencesCalls } from './licences.calls';
import { retiredCalls } from './retired.calls';

export const calls = {
  ...stationCalls,
  ...dashboardCalls,
  ...recordsCalls,
  ...scanCalls,
  ...reviewCalls,
  ...exportCalls,
  ...ownersCalls,
  ...licencesCalls,
  ...retiredCalls,
} as const;
