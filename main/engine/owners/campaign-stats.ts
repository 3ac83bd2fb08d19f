/**
 * The campaign's figures as Hà Nội reports them: owners (and driving-licence holders) matching / not matching the
 * population register,
 * declarations received, confirmed, rejected and waiting — in total, today, this week and the week before (for
 * the change since last week) — and the share of the station's vehicles with clean owner data.
 */
import type { DeclarationsRepo } from '../db/declarations.repo';
import type { ResidentsRepo } from '../db/residents.repo';
import type { StatusCounts } from '../reconcile/subject-reconciler';
import type { PeriodCounts, ReconcileFigures } from '../domain/dashboard';

export type { PeriodCounts, ReconcileFigures };

/**
 * One subject kind's reconciliation as communes report it ("168 matching, 481 with differences or no
 * information"): every status, and `not_matching` = checked − matching; `total` subjects held, checked or not.
 */
export function reconcileFigures(counts: StatusCounts, total: number): ReconcileFigures {
  const checked = counts.match + counts.differs + counts.legacy_id + counts.not_found + counts.no_id;
  return { ...counts, total, checked, matching: counts.match, not_matching: checked - counts.match };
}

export interface CampaignStats {
  residents: number;
  owners: ReconcileFigures;
  licences: ReconcileFigures;
  /** Records whose owner matches the register, out of every record (0–1); null without records. */
  clean_share: number | null;
  declarations: { received: number; confirmed: number; rejected: number; waiting: number };
  today: PeriodCounts;
  this_week: PeriodCounts;
  last_week: PeriodCounts;
}

const DAY_MS = 86_400_000;

export function campaignStats(
  deps: { residents: ResidentsRepo; declarations: DeclarationsRepo; owners: StatusCounts; records: number; licences: { counts: StatusCounts; total: number } },
  now = new Date(),
): CampaignStats {
  const { owners } = deps;
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const weekAgo = new Date(midnight.getTime() - 6 * DAY_MS);
  const twoWeeksAgo = new Date(weekAgo.getTime() - 7 * DAY_MS);
  const since = (from: Date): PeriodCounts => {
    const iso = from.toISOString();
    const d = deps.declarations.counts(iso);
    return { residents: deps.residents.countCreatedSince(iso), received: d.received, confirmed: d.confirmed, rejected: d.rejected };
  };
  const thisWeek = since(weekAgo);
  const fromTwoWeeks = since(twoWeeksAgo);
  const lastWeek: PeriodCounts = {
    residents: fromTwoWeeks.residents - thisWeek.residents,
    received: fromTwoWeeks.received - thisWeek.received,
    confirmed: fromTwoWeeks.confirmed - thisWeek.confirmed,
    rejected: fromTwoWeeks.rejected - thisWeek.rejected,
  };
  return {
    residents: deps.residents.count(),
    owners: reconcileFigures(owners, deps.records),
    licences: reconcileFigures(deps.licences.counts, deps.licences.total),
    clean_share: deps.records > 0 ? owners.match / deps.records : null,
    declarations: deps.declarations.counts(),
    today: since(midnight),
    this_week: thisWeek,
    last_week: lastWeek,
  };
}
