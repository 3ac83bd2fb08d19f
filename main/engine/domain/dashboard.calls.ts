import { z } from 'zod';
import { call } from './call';
import { Locale } from './records.calls';
import { DashboardReportWritten, DashboardStats } from './dashboard';

// The dashboard's views are the domain's (main/engine/domain/dashboard.ts): the contract re-exports them, never copies.
export {
  CampaignFigures,
  ClerkStats,
  DashboardStats,
  DayStats,
  FlagCount,
  OfficerStats,
  PeriodCounts,
  ReconcileFigures,
  StepCounts,
} from './dashboard';

/** The dashboard: the calls, `area.method` → input and output schemas (see ../contract.ts). */
export const dashboardCalls = {
  /** Dossiers per step per day (last 30 days) and cumulative, decisions per officer, records digitized, flags by kind. */
  'dashboard.stats': call(z.object({}), DashboardStats, 'The station dashboard.'),
  /** The dashboard as a one-page A4 PDF written to `out`, in the given language. */
  'dashboard.report': call(
    z.object({ out: z.string().min(1).max(4096), locale: Locale.default('vi') }),
    DashboardReportWritten,
    'Save the dashboard as a PDF report.',
  ),
} as const;

/** The type of `dashboardCalls`, for the engine's methods to take their input from (InputOf in ./call.ts). */
export type DashboardCalls = typeof dashboardCalls;
