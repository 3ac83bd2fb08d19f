/**
 * The campaign's owner figures as Hà Nội reports them: owners matching / not matching the population register,
 * declarations received, confirmed, rejected and waiting — in total, today, this week and the week before (for
 * the change since last week) — and the share of the station's vehicles with clean owner data.
 */
import type { DeclarationsRepo } from '../db/declarations.repo';
import type { ResidentsRepo } from '../db/residents.repo';
import type { OwnerCounts } from './owners.service';

export interface PeriodCounts {
  residents: number;
  received: number;
  confirmed: number;
  rejected: number;
}

export interface CampaignStats {
  residents: number;
  owners: OwnerCounts & { matching: number; not_matching: number; checked: number };
  /** Records whose owner matches the register, out of every record (0–1); null without records. */
  clean_share: number | null;
  declarations: { received: number; confirmed: number; rejected: number; waiting: number };
  today: PeriodCounts;
  this_week: PeriodCounts;
  last_week: PeriodCounts;
}

const DAY_MS = 86_400_000;

export function campaignStats(deps: { residents: ResidentsRepo; declarations: DeclarationsRepo; owners: OwnerCounts; records: number }, now = new Date()): CampaignStats {
  const { owners } = deps;
  const checked = owners.match + owners.differs + owners.legacy_id + owners.not_found + owners.no_id;
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
    owners: { ...owners, matching: owners.match, not_matching: checked - owners.match, checked },
    clean_share: deps.records > 0 ? owners.match / deps.records : null,
    declarations: deps.declarations.counts(),
    today: since(midnight),
    this_week: thisWeek,
    last_week: lastWeek,
  };
}
