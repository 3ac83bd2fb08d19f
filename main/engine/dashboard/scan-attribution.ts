/**
 * Credits new dossiers to the account signed in when they were created, for the per-clerk counts. Only dossiers
 * created after that sign-in are credited, so scans that arrived while nobody was signed in stay uncredited
 * rather than going to whoever signs in next.
 */
import type { DashboardRepo } from '../db/dashboard.repo';

export interface ScanAttribution {
  /** The account now signed in, or null after signing out. */
  signedIn(user: { id: number } | null): void;
  /** Called after each intake: stamps the dossiers it created. */
  stamp(): void;
}

export function createScanAttribution(repo: DashboardRepo): ScanAttribution {
  let current: { id: number; since: string } | null = null;
  return {
    signedIn: (user) => {
      current = user ? { id: user.id, since: new Date().toISOString() } : null;
    },
    stamp: () => {
      if (current) repo.stampScannedBy(current.id, current.since);
    },
  };
}
