/** The engine's view of the dashboard; preload/schemas/dashboard.ts checks it at the boundary. */
import type { ClerkRow, FlagRow, OfficerRow, Step } from '../db/dashboard.repo';
import type { PeriodCounts, ReconcileFigures } from '../owners/campaign-stats';

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
  /** The campaign's other figures, week over week: residents imported, declarations received and decided. */
  campaign: CampaignFigures;
}

export interface CampaignFigures {
  residents: number;
  declarations: { received: number; confirmed: number; rejected: number; waiting: number };
  this_week: PeriodCounts;
  last_week: PeriodCounts;
}

const NO_PERIOD: PeriodCounts = { residents: 0, received: 0, confirmed: 0, rejected: 0 };
/** A station without the campaign's sources. */
export const NO_CAMPAIGN: CampaignFigures = { residents: 0, declarations: { received: 0, confirmed: 0, rejected: 0, waiting: 0 }, this_week: NO_PERIOD, last_week: NO_PERIOD };

export const STEPS: readonly Step[] = ['scanned', 'ocred', 'linked', 'flagged', 'resolved', 'exported'];
