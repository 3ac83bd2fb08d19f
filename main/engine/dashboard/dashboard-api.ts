/** The engine's `dashboard` calls: the station's progress like the campaign's daily report, on screen and as a PDF. */
import type { DashboardRepo } from '../db/dashboard.repo';
import { dashboardStats } from './dashboard.service';
import type { CampaignFigures, DashboardReportWritten, DashboardStats } from '../domain/dashboard';
import { saveReportPdf } from './report-pdf';
import { withDefaults, type InputOf } from '../domain/call';
import { dashboardCalls, type DashboardCalls } from '../domain/dashboard.calls';

/** The engine's `dashboard` calls, as `engine.dashboard` offers them. */
export interface DashboardApi {
  /** The station's progress like the campaign's daily report. */
  stats(): DashboardStats;
  /** The same as a one-page PDF, in the station's language. */
  report(request: InputOf<DashboardCalls, 'dashboard.report'>): Promise<DashboardReportWritten>;
}

export function createDashboardApi(deps: {
  repo: DashboardRepo;
  /** The station's name as stored. */
  station: () => string;
  /** The campaign's figures (residents, declarations) for the same report. */
  campaign: () => CampaignFigures;
}): DashboardApi {
  const stats = (): DashboardStats => dashboardStats(deps.repo, deps.station(), new Date(), deps.campaign());
  return {
    stats,
    report: (input) => {
      const { out, locale } = withDefaults(dashboardCalls['dashboard.report'], input);
      return saveReportPdf(stats(), locale, out);
    },
  };
}
