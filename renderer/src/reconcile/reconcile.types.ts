/** What the reconciliation list works on: the subjects' results, where they come from and the words that differ. */
import type { OwnerAction, StatusCounts, OwnerResult, ReconcileStatus } from '../../../preload/contract';
import type { Shown } from '../i18n/engine-text';

/** One subject's result (a record's owner, a licence holder), keyed by the subject's own key. */
export interface ReconcileRow {
  key: string;
  status: ReconcileStatus;
  personal_id: string | null;
  differences: OwnerResult['differences'];
}

/** Where a kind of subject's results come from and where decisions go; a stable object (module level). */
export interface ReconcileSource {
  /** A full pass ("check again"). */
  reconcile(): Promise<StatusCounts>;
  /** The stored counts, current after every import and decision. */
  counts(): Promise<StatusCounts>;
  window(status: ReconcileStatus | 'not_match', offset: number, limit: number): Promise<{ total: number; rows: ReconcileRow[] }>;
  decide(key: string, field: string, action: OwnerAction, reason?: string): Promise<unknown>;
  /** One action on one field of several subjects, decided one by one; refusals come back named. */
  decideMany(keys: string[], field: string, action: OwnerAction, reason?: string): Promise<{ decided: string[]; skipped: { key: string; reason: Shown }[] }>;
}

/** The words that differ between subjects; every other word is the Owners screen's. */
export interface ReconcileLabels {
  title: string;
  lead: string;
  empty: string;
  /** The key column ("Mã hồ sơ", "Số GPLX"). */
  key: string;
  /** The subject's value column beside the register's ("Hồ sơ đơn vị", "Giấy phép"). */
  subject: string;
  keep: string;
  reason: string;
  /** The import button's words and hint, when the screen imports its subjects' file. */
  import?: string;
  importHint?: string;
  /** Said instead of `empty` while no subject has been checked at all (nothing imported yet). */
  none?: string;
}
