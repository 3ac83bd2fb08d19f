import type { Migration } from './migration';

/**
 * Indexes on the times the dashboard counts by, so its per-day counts read only the recent work: dossiers by
 * creation and decisions in force by when they were made (batches are few and need none). Flags by kind, with
 * what the open-flag test needs, so counting them reads the index and not each flag's evidence.
 */
export const migration008: Migration = {
  version: 8,
  name: 'dashboard-times',
  up: `
    CREATE INDEX dossiers_by_created ON dossiers(created_at);
    CREATE INDEX decisions_live_by_time ON decisions(decided_at) WHERE undone_at IS NULL;
    CREATE INDEX discrepancies_by_kind ON discrepancies(kind, dossier_seq, field);
  `,
};
