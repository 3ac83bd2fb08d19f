import type { Db } from './database';
import type { ClerkStats, FlagCount, OfficerStats, Step } from '../domain/dashboard';

/** The steps that count on the day of the scan. */
const SCAN_STEPS = ['scanned', 'ocred', 'linked', 'flagged'] as const;
type ScanStep = (typeof SCAN_STEPS)[number];

/** How many dossiers reached a step on a given local day. */
export interface StepDayRow {
  day: string;
  step: Step;
  n: number;
}

/*
 * Dossiers per step and local day, from `:since` (an instant shortly before the first day wanted) on. Scanning,
 * OCR, linking and flagging follow one another within minutes, so they count on the day of the scan; a resolution
 * counts on the day of the last decision in force (the scan day for a dossier that needed none), an export on the
 * day of its first batch. The day shift (e.g. '+420 minutes') turns the stored UTC times into local days.
 * Every part starts from an index on a time (dossiers by creation, live decisions by time, batches), so the
 * cost follows the recent work, not the station's whole history.
 */
const SCAN_DAYS_SINCE = `
  SELECT date(d.created_at, :shift) AS day, COUNT(*) AS scanned,
    SUM(d.status NOT IN ('processing', 'failed')) AS ocred,
    SUM(d.record_id IS NOT NULL) AS linked,
    SUM(EXISTS (SELECT 1 FROM discrepancies x WHERE x.dossier_seq = d.seq)) AS flagged
  FROM dossiers d WHERE d.created_at >= :since GROUP BY 1`;

const LATER_STEP_DAYS_SINCE = `
  WITH resolved AS (
    SELECT d.created_at,
      (SELECT MAX(c.decided_at) FROM decisions c WHERE c.dossier_seq = d.seq AND c.undone_at IS NULL) AS last_decision
    FROM dossiers d
    WHERE d.status IN ('resolved', 'exported')
      AND (d.created_at >= :since OR d.seq IN (SELECT c.dossier_seq FROM decisions c WHERE c.undone_at IS NULL AND c.decided_at >= :since))
  ),
  exported AS (
    SELECT (SELECT MIN(b2.created_at) FROM batch_dossiers bd2 JOIN batches b2 ON b2.seq = bd2.batch_seq WHERE bd2.dossier_seq = bd.dossier_seq) AS first_batch
    FROM batches b JOIN batch_dossiers bd ON bd.batch_seq = b.seq
    WHERE b.created_at >= :since
    GROUP BY bd.dossier_seq
  )
  SELECT date(COALESCE(last_decision, created_at), :shift) AS day, 'resolved' AS step, COUNT(*) AS n FROM resolved
    WHERE COALESCE(last_decision, created_at) >= :since GROUP BY 1
  UNION ALL SELECT date(first_batch, :shift), 'exported', COUNT(*) FROM exported WHERE first_batch >= :since GROUP BY 1`;

/** How many dossiers ever reached each step (the same rules as the per-day counts, over all time). */
const STEP_TOTALS = `
  SELECT (SELECT COUNT(*) FROM dossiers) AS scanned,
    (SELECT COUNT(*) FROM dossiers WHERE status NOT IN ('processing', 'failed')) AS ocred,
    (SELECT COUNT(*) FROM dossiers WHERE record_id IS NOT NULL) AS linked,
    (SELECT COUNT(DISTINCT dossier_seq) FROM discrepancies) AS flagged,
    (SELECT COUNT(*) FROM dossiers WHERE status IN ('resolved', 'exported')) AS resolved,
    (SELECT COUNT(DISTINCT dossier_seq) FROM batch_dossiers) AS exported`;

const OPEN_FLAG = `NOT EXISTS (SELECT 1 FROM decisions c WHERE c.dossier_seq = x.dossier_seq AND c.field = x.field AND c.undone_at IS NULL)`;

/** The queries behind the station dashboard, and the one write that feeds its per-clerk counts. */
export class DashboardRepo {
  constructor(private readonly db: Db) {}

  /** Dossiers per step and local day for the work since `since` (an ISO instant; a few rows per working day). */
  stepDaysSince(shift: string, since: string): StepDayRow[] {
    const scans = this.db.prepare<{ shift: string; since: string }, { day: string } & Record<ScanStep, number>>(SCAN_DAYS_SINCE).all({ shift, since });
    const later = this.db.prepare<{ shift: string; since: string }, StepDayRow>(LATER_STEP_DAYS_SINCE).all({ shift, since });
    return [...scans.flatMap((r) => SCAN_STEPS.map((step) => ({ day: r.day, step, n: r[step] }))), ...later];
  }

  /** Dossiers that ever reached each step. */
  stepTotals(): Record<Step, number> {
    return this.db.prepare<[], Record<Step, number>>(STEP_TOTALS).get()!;
  }

  /** Decisions in force per user, most active first; `today` counts the decisions of the local day given. */
  officers(shift: string, today: string): OfficerStats[] {
    return this.db
      .prepare<{ shift: string; today: string }, OfficerStats>(
        `SELECT u.name, u.role, COUNT(*) AS decisions, COUNT(DISTINCT c.dossier_seq) AS dossiers,
                SUM(date(c.decided_at, :shift) = :today) AS today, MAX(c.decided_at) AS last
         FROM decisions c JOIN users u ON u.id = c.user_id
         WHERE c.undone_at IS NULL
         GROUP BY u.id ORDER BY decisions DESC, u.name`,
      )
      .all({ shift, today });
  }

  /** Dossiers per account that scanned them (see `stampScannedBy`), most first. */
  clerks(shift: string, today: string): ClerkStats[] {
    return this.db
      .prepare<{ shift: string; today: string }, ClerkStats>(
        `SELECT u.name, u.role, COUNT(*) AS dossiers,
                SUM((SELECT COUNT(*) FROM pages p WHERE p.dossier_seq = d.seq)) AS pages,
                SUM(date(d.created_at, :shift) = :today) AS today, MAX(d.created_at) AS last
         FROM dossiers d JOIN users u ON u.id = d.scanned_by
         GROUP BY u.id ORDER BY dossiers DESC, u.name`,
      )
      .all({ shift, today });
  }

  /** Credits the dossiers created since `since` that nobody is credited with yet to the given account. */
  stampScannedBy(userId: number, since: string): number {
    return this.db.prepare('UPDATE dossiers SET scanned_by = ? WHERE scanned_by IS NULL AND created_at >= ?').run(userId, since).changes;
  }

  /** Station records, and how many of them at least one dossier is linked to. */
  records(): { total: number; digitized: number } {
    return this.db
      .prepare<[], { total: number; digitized: number }>(
        `SELECT (SELECT COUNT(*) FROM records) AS total,
                (SELECT COUNT(DISTINCT d.record_id) FROM dossiers d JOIN records r ON r.record_id = d.record_id) AS digitized`,
      )
      .get()!;
  }

  /** Stored reconciliation results of one subject kind per status, and how many subjects the station holds. */
  reconciliation(kind: 'owner' | 'licence'): { total: number; byStatus: Record<string, number> } {
    const table = kind === 'owner' ? 'records' : 'licences';
    const rows = this.db
      .prepare<[string], { status: string; n: number }>('SELECT status, COUNT(*) AS n FROM reconciliations WHERE subject_kind = ? GROUP BY status')
      .all(kind);
    const total = this.db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).get()!.n;
    return { total, byStatus: Object.fromEntries(rows.map((r) => [r.status, r.n])) };
  }

  /** Flags grouped by their kind or by field, most frequent first; `open` ones have no decision yet. */
  flags(by: 'kind' | 'field'): FlagCount[] {
    const column = by === 'kind' ? 'x.kind' : 'x.field';
    return this.db
      .prepare<[], FlagCount>(
        `SELECT ${column} AS key, COUNT(*) AS total, SUM(${OPEN_FLAG}) AS open
         FROM discrepancies x GROUP BY ${column} ORDER BY total DESC, key`,
      )
      .all();
  }
}
