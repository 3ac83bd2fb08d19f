/** A dossier and its pages as the engine's API shows them (the Scan screen, `sohoa dossiers list`). */
import type { StoredPage } from '../db/dossiers.repo';

/** A dossier as `sohoa dossiers list --json` prints it (CLI.md). */
export interface DossierView {
  id: string;
  source: string[];
  pages: number;
  status: 'processing' | 'needs_review' | 'resolved' | 'exported' | 'failed';
  error: string | null;
  fields: Record<string, { value: string; confidence?: number } | null>;
  record_id: string | null;
  /** A vehicle's registration dossier or a paper driving licence. */
  kind: 'vehicle' | 'licence';
  /** The box or shelf the paper came from (`scan import --box`), or null. */
  box: string | null;
  flags: DossierFlagView[];
}

/** A flag as `dossiers list` shows it (CLI.md), with its hint and the decision it has, if any. */
export interface DossierFlagView {
  field: string;
  kind: 'mismatch' | 'missing_in_record' | 'missing_on_scan' | 'unreadable' | 'unmatched' | 'duplicate' | 'retired';
  scan_value: string | null;
  record_value: string | null;
  hint?: 'ocr_misread' | 'record_error' | null;
  decision?: { id: number; action: 'keep-record' | 'take-scan' | 'set' | 'rescan'; value: string | null; user: string; at: string; reason: string | null } | null;
}

/** A page as the Scan screen shows it: what is stored, with a thumbnail instead of the archive path. */
export type PageView = Omit<StoredPage, 'imagePath'> & { thumbnail: string | null };
