/**
 * The station's progress like the campaign's daily report (the Dashboard screen, `dashboard.report`'s PDF): zod
 * schemas, their types inferred; the engine's dashboard area and the contract (dashboard.calls.ts) both
 * take them from here.
 */
import { z } from 'zod';

const Count = z.number().int().min(0);

/** The six steps of a dossier's way through the station, as the campaign's daily report counts them. */
export const STEPS = ['scanned', 'ocred', 'linked', 'flagged', 'resolved', 'exported'] as const;
export const Step = z.enum(STEPS);
export type Step = z.infer<typeof Step>;

/** How many dossiers reached each step. */
export const StepCounts = z.object({
  /** Dossiers created by a scan or an import of scans. */
  scanned: Count,
  /** Dossiers whose every page has been read (OCR finished). */
  ocred: Count,
  /** Dossiers linked to a station record. */
  linked: Count,
  /** Dossiers with at least one flag (a difference between paper and record). */
  flagged: Count,
  /** Dossiers resolved (all flags decided, or none), exported ones included. */
  resolved: Count,
  /** Dossiers that left the station in a batch. */
  exported: Count,
});
export type StepCounts = z.infer<typeof StepCounts>;

/** One day of the report: what happened that day and the running totals at its end. */
export const DayStats = z.object({
  /** Local day, YYYY-MM-DD. */
  day: z.string(),
  counts: StepCounts,
  /** Running totals at the end of the day, days before the window included. */
  cumulative: StepCounts,
});
export type DayStats = z.infer<typeof DayStats>;

/** Decisions and dossiers per officer. */
export const OfficerStats = z.object({
  name: z.string(),
  role: z.string(),
  /** Decisions in force (undone ones are left out). */
  decisions: Count,
  dossiers: Count,
  today: Count,
  last: z.string().nullable(),
});
export type OfficerStats = z.infer<typeof OfficerStats>;

/** Dossiers per account signed in when they were scanned (scans with nobody signed in are not credited). */
export const ClerkStats = z.object({
  name: z.string(),
  role: z.string(),
  dossiers: Count,
  pages: Count,
  today: Count,
  last: z.string().nullable(),
});
export type ClerkStats = z.infer<typeof ClerkStats>;

/** Flags of one kind (or on one field): all of them and those still open. */
export const FlagCount = z.object({ key: z.string(), total: Count, open: Count });
export type FlagCount = z.infer<typeof FlagCount>;

/**
 * One kind of subject checked against the population register, as communes report it ("168 matching, 481 with
 * differences or no information"): every status, and `not_matching` = checked − matching.
 */
export const ReconcileFigures = z.object({
  match: Count,
  differs: Count,
  legacy_id: Count,
  not_found: Count,
  no_id: Count,
  /** Subjects held (records, licences), checked or not. */
  total: Count,
  checked: Count,
  matching: Count,
  /** Checked and not matching: differences, a former CMND, an ID not found, or no ID. */
  not_matching: Count,
});
export type ReconcileFigures = z.infer<typeof ReconcileFigures>;

/** Residents imported and self-declarations received, confirmed and rejected in a period. */
export const PeriodCounts = z.object({ residents: Count, received: Count, confirmed: Count, rejected: Count });
export type PeriodCounts = z.infer<typeof PeriodCounts>;

/** The campaign's other figures: residents imported, declarations received and decided, week over week. */
export const CampaignFigures = z.object({
  residents: Count,
  declarations: z.object({ received: Count, confirmed: Count, rejected: Count, waiting: Count }),
  /** The last seven local days, today included, and the seven before. */
  this_week: PeriodCounts,
  last_week: PeriodCounts,
});
export type CampaignFigures = z.infer<typeof CampaignFigures>;

/** Everything the Dashboard shows, computed in one read of the station database. */
export const DashboardStats = z.object({
  generatedAt: z.string(),
  station: z.string(),
  totals: StepCounts,
  /** The last 30 days, oldest first, each day in the station's local time. */
  days: z.array(DayStats),
  officers: z.array(OfficerStats),
  clerks: z.array(ClerkStats),
  records: z.object({ total: Count, digitized: Count }),
  flagsByKind: z.array(FlagCount),
  flagsByField: z.array(FlagCount),
  /** Vehicle owners and driving-licence holders against the population register. */
  reconciliation: z.object({ owners: ReconcileFigures, licences: ReconcileFigures }),
  /** The campaign's other figures, week over week: residents imported, self-declarations received and decided. */
  campaign: CampaignFigures,
});
export type DashboardStats = z.infer<typeof DashboardStats>;

/** The dashboard written as a PDF. */
export const DashboardReportWritten = z.object({ file: z.string(), bytes: z.number().int() });
export type DashboardReportWritten = z.infer<typeof DashboardReportWritten>;
