/** The engine's view of the dashboard: the domain's (main/engine/domain/dashboard.ts), and a station without the campaign. */
import type { CampaignFigures, PeriodCounts } from '../domain/dashboard';

export { STEPS } from '../domain/dashboard';
export type { CampaignFigures, ClerkStats, DashboardStats, DayStats, FlagCount, OfficerStats, Step, StepCounts } from '../domain/dashboard';

const NO_PERIOD: PeriodCounts = { residents: 0, received: 0, confirmed: 0, rejected: 0 };
/** A station without the campaign's sources. */
export const NO_CAMPAIGN: CampaignFigures = { residents: 0, declarations: { received: 0, confirmed: 0, rejected: 0, waiting: 0 }, this_week: NO_PERIOD, last_week: NO_PERIOD };
