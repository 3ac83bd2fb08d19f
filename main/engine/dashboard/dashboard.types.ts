/** The engine's view of the dashboard; preload/schemas/dashboard.ts checks it at the boundary. */
import type { ClerkRow, FlagRow, OfficerRow, Step } from '../db/dashboard.repo';
import type { ReconcileFigures } from '../owners/campaign-stats';

export type { Step };
export type StepCounts = Record<Step, number>;

export interface DayStats {
  /** Local day, YYYY-MM-DD. */
  day: string;
  counts: StepCounts;
  /** Running totals at the end of the day, days before the window included. */
  cumulative: StepCounts;
}

export interface DashboardStats {
  generatedAt: string;
  station: string;
  totals: StepCounts;
  days: DayStats[];
  officers: OfficerRow[];
  clerks: ClerkRow[];
  records: { total: number; digitized: number };
  flagsByKind: FlagRow[];
  flagsByField: FlagRow[];
  /** Owners and licence holders matching / not matching the population register, as communes report them. */
  reconciliation: { owners: ReconcileFigures; licences: ReconcileFigures };
}

export const STEPS: readonly Step[] = ['scanned', 'ocred', 'linked', 'flagged', 'resolved', 'exported'];
