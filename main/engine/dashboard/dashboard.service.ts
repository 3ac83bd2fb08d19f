/**
 * The station's progress in the shape of the campaign's daily report: dossiers per step per local day over the
 * last 30 days with running totals, decisions per officer, the share of records digitized, the flags by kind, and
 * vehicle owners and licence holders matching / not matching the population register.
 */
import type { DashboardRepo, StepDayRow } from '../db/dashboard.repo';
import { reconcileFigures, type ReconcileFigures } from '../owners/campaign-stats';
import { RECONCILE_STATUSES } from '../reconcile/subject';
import type { StatusCounts } from '../reconcile/subject-reconciler';
import { NO_CAMPAIGN, STEPS, type CampaignFigures, type DashboardStats, type DayStats, type StepCounts } from './dashboard.types';

export const DASHBOARD_DAYS = 30;
const DAY_MS = 86_400_000;

function zero(): StepCounts {
  return { scanned: 0, ocred: 0, linked: 0, flagged: 0, resolved: 0, exported: 0 };
}

/** SQLite's modifier for the local time of this computer, e.g. '+420 minutes' in Vietnam. */
export function localShift(now: Date): string {
  const minutes = -now.getTimezoneOffset();
  return `${minutes >= 0 ? '+' : ''}${minutes} minutes`;
}

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localDay(at: Date): string {
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The last `count` local days ending today, oldest first. */
export function lastDays(now: Date, count: number): string[] {
  const today = Date.parse(`${localDay(now)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(today - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

/**
 * Spreads per-day rows over the window. The running totals start from the all-time `totals` less everything on
 * or after the window's first day, so the rows need only cover the window (rows before it are ignored).
 */
export function buildDays(rows: StepDayRow[], days: string[], totals: StepCounts): { days: DayStats[]; totals: StepCounts } {
  const byDay = new Map<string, StepCounts>(days.map((d) => [d, zero()]));
  const running = { ...totals };
  for (const row of rows) {
    if (row.day < days[0]!) continue;
    running[row.step] -= row.n;
    const counts = byDay.get(row.day);
    if (counts) counts[row.step] += row.n;
  }
  return {
    totals: { ...totals },
    days: days.map((day) => {
      const counts = byDay.get(day)!;
      for (const step of STEPS) running[step] += counts[step];
      return { day, counts, cumulative: { ...running } };
    }),
  };
}

/** One subject kind's stored results as the campaign counts them. */
function figures(repo: DashboardRepo, kind: 'owner' | 'licence'): ReconcileFigures {
  const { total, byStatus } = repo.reconciliation(kind);
  const counts = Object.fromEntries(RECONCILE_STATUSES.map((s) => [s, byStatus[s] ?? 0])) as StatusCounts;
  return reconcileFigures(counts, total);
}

export function dashboardStats(repo: DashboardRepo, station: string, now = new Date(), campaign: CampaignFigures = NO_CAMPAIGN): DashboardStats {
  const shift = localShift(now);
  const window = lastDays(now, DASHBOARD_DAYS);
  // A day early in UTC: whatever the station's time zone, the window's first local day is inside.
  const since = new Date(Date.parse(`${window[0]}T00:00:00Z`) - DAY_MS).toISOString();
  const { days, totals } = buildDays(repo.stepDaysSince(shift, since), window, repo.stepTotals());
  return {
    generatedAt: now.toISOString(),
    station,
    totals,
    days,
    officers: repo.officers(shift, localDay(now)),
    clerks: repo.clerks(shift, localDay(now)),
    records: repo.records(),
    flagsByKind: repo.flags('kind'),
    flagsByField: repo.flags('field'),
    reconciliation: { owners: figures(repo, 'owner'), licences: figures(repo, 'licence') },
    campaign,
  };
}
