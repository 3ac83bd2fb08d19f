import type { Db } from './database';

export type Step = 'scanned' | 'ocred' | 'linked' | 'flagged' | 'resolved' | 'exported';

/** How many dossiers reached a step on a given local day. */
export interface StepDayRow {
  day: string;
  step: Step;
  n: number;
}

export interface OfficerRow {
  name: string;
  role: string;
  decisions: number;
  dossiers: number;
  today: number;
  last: string | null;
}

export interface ClerkRow {
  name: string;
  role: string;
  dossiers: number;
  pages: number;
  today: number;
  last: string | null;
}

export interface FlagRow {
  key: string;
  total: number;
  open: number;
}

/*
 * One row per dossier with the local day of each step it reached. Scanning, OCR, linking and flagging follow one
 * another within minutes, so they count on the day of the scan; a resolution counts on the day of the last decision
 * in force (the scan day for a dossier that needed none), an export on the day of its first batch.
 * The day shift (e.g. '+420 minutes') turns the stored UTC times into the station's local days.
 */
const FACTS = `
  WITH facts AS (
    SELECT
      date(d.created_at, :shift) AS scanned_day,
      d.status NOT IN ('processing', 'failed') AS ocred,
      d.record_id IS NOT NULL AS linked,
      EXISTS (SELECT 1 FROM discrepancies x WHERE x.dossier_seq = d.seq) AS flagged,
      CASE WHEN d.status IN ('resolved', 'exported') THEN date(COALESCE(
        (SELECT MAX(c.decided_at) FROM decisions c WHERE c.dossier_seq = d.seq AND c.undone_at IS NULL), d.created_at), :shift)
      END AS resolved_day,
      (SELECT date(MIN(b.created_at), :shift) FROM batch_dossiers bd JOIN batches b ON b.seq = bd.batch_seq
        WHERE bd.dossier_seq = d.seq) AS exported_day
    FROM dossiers d
  )`;

const STEP_DAYS = `${FACTS}
  SELECT scanned_day AS day, 'scanned' AS step, COUNT(*) AS n FROM facts GROUP BY scanned_day
  UNION ALL SELECT scanned_day, 'ocred', COUNT(*) FROM facts WHERE ocred GROUP BY scanned_day
  UNION ALL SELECT scanned_day, 'linked', COUNT(*) FROM facts WHERE linked GROUP BY scanned_day
  UNION ALL SELECT scanned_day, 'flagged', COUNT(*) FROM facts WHERE flagged GROUP BY scanned_day
  UNION ALL SELECT resolved_day, 'resolved', COUNT(*) FROM facts WHERE resolved_day IS NOT NULL GROUP BY resolved_day
  UNION ALL SELECT exported_day, 'exported', COUNT(*) FROM facts WHERE exported_day IS NOT NULL GROUP BY exported_day`;

const OPEN_FLAG = `NOT EXISTS (SELECT 1 FROM decisions c WHERE c.dossier_seq = x.dossier_seq AND c.field = x.field AND c.undone_at IS NULL)`;

/** The queries behind the station dashboard, and the one write that feeds its per-clerk counts. */
export class DashboardRepo {
  constructor(private readonly db: Db) {}

  /** Dossiers per step and local day, over the station's whole history (a few rows per working day). */
  stepDays(shift: string): StepDayRow[] {
    return this.db.prepare<{ shift: string }, StepDayRow>(STEP_DAYS).all({ shift });
  }

  /** Decisions in force per user, most active first; `today` counts the decisions of the local day given. */
  officers(shift: string, today: string): OfficerRow[] {
    return this.db
      .prepare<{ shift: string; today: string }, OfficerRow>(
        `SELECT u.name, u.role, COUNT(*) AS decisions, COUNT(DISTINCT c.dossier_seq) AS dossiers,
                SUM(date(c.decided_at, :shift) = :today) AS today, MAX(c.decided_at) AS last
         FROM decisions c JOIN users u ON u.id = c.user_id
         WHERE c.undone_at IS NULL
         GROUP BY u.id ORDER BY decisions DESC, u.name`,
      )
      .all({ shift, today });
  }

  /** Dossiers per account that scanned them (see `stampScannedBy`), most first. */
  clerks(shift: string, today: string): ClerkRow[] {
    return this.db
      .prepare<{ shift: string; today: string }, ClerkRow>(
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

  /** Flags grouped by their kind or by field, most frequent first; `open` ones have no decision yet. */
  flags(by: 'kind' | 'field'): FlagRow[] {
    const column = by === 'kind' ? 'x.kind' : 'x.field';
    return this.db
      .prepare<[], FlagRow>(
        `SELECT ${column} AS key, COUNT(*) AS total, SUM(${OPEN_FLAG}) AS open
         FROM discrepancies x GROUP BY ${column} ORDER BY total DESC, key`,
      )
      .all();
  }
}
