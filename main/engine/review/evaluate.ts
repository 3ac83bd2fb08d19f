/**
 * A dossier's review state from its fused fields: link it, flag every difference, keep the decisions that
 * still answer a flag, and settle its status (resolved once every flag has a decision and no re-scan is asked).
 */
import type { AuditRepo } from '../db/audit.repo';
import type { DossiersRepo } from '../db/dossiers.repo';
import type { RecordsRepo } from '../db/records.repo';
import type { ReviewRepo } from '../db/review.repo';
import type { StoredRecord } from '../records/record';
import { SCAN_FIELDS, type FusedFields } from '../scan/scan.types';
import { DUPLICATE_SEVERITY, RETIRED_SEVERITY, UNMATCHED_SEVERITY, type Flag } from './flags';
import { flags as fieldFlags, linking } from '../pipeline';
import type { FoundRecord, LinkKey, LinkVerdict } from './link';

export interface ReviewDeps {
  repo: ReviewRepo;
  dossiers: DossiersRepo;
  records: RecordsRepo;
  audit: AuditRepo;
  find: (text: string, field: LinkKey) => FoundRecord[];
  /** The record's mark on the department's retired list (past service life, out of circulation), if any. */
  retiredMark?: (recordId: string) => { reason: string; listed_on: string | null } | undefined;
}

const NO_FIELDS = Object.fromEntries(SCAN_FIELDS.map((f) => [f, null])) as FusedFields;
const REVIEWABLE = new Set(['needs_review', 'resolved']);

/** Links and flags one dossier again; `cascade` also refreshes dossiers that share its record (duplicates). */
export function evaluateDossier(deps: ReviewDeps, seq: number, cascade = true): void {
  const state = deps.repo.stateBySeq(seq);
  if (!state || !REVIEWABLE.has(state.status)) return;
  const fields = state.fields ?? NO_FIELDS;
  const decisions = deps.repo.liveDecisions(seq);
  const manual = decisions.find((d) => d.field === 'record' && d.action === 'set');
  const manualRecord = manual?.value ? deps.records.getById(manual.value) : undefined;
  const verdict: LinkVerdict = manualRecord
    ? {
        record: manualRecord,
        confidence: 1,
        reason: `Linked to ${manualRecord.record_id} by ${manual!.user}.`,
        reason_code: { code: 'link.manual' as const, record_id: manualRecord.record_id, user: manual!.user },
        candidates: [],
      }
    : linking(fields, deps.find);

  const others = verdict.record ? deps.repo.linkedTo(verdict.record.record_id, seq) : [];
  const flags = flagsFor(deps, seq, fields, verdict.record, others);
  const now = new Date().toISOString();
  deps.repo.atomically(() => {
    deps.repo.setLink(seq, verdict.record?.record_id ?? null, { confidence: verdict.confidence, reason: verdict.reason, reason_code: verdict.reason_code, candidates: verdict.candidates });
    deps.repo.replaceFlags(seq, flags);
    for (const d of decisions) {
      if (d.field === 'record' && d.action === 'set') continue;
      // Two flags may share a field (a retired vehicle's second dossier: retired and duplicate on `record`).
      const flag = flags.find((f) => f.field === d.field && f.kind === d.kind) ?? flags.find((f) => f.field === d.field);
      // A value the officer entered on a field without a flag stands; a decision whose flag changed or went away
      // no longer answers anything (the paper or the record changed since) and is withdrawn, in the audit log.
      if (!flag && d.action === 'set') continue;
      if (flag && flag.kind === d.kind && flag.scan_value === d.scan_value && flag.record_value === d.record_value) continue;
      deps.repo.undoDecision(d.id, now);
      deps.audit.append({
        at: now,
        user: 'system',
        action: 'decision.withdrawn',
        dossier: state.id,
        field: d.field,
        before: d.value,
        after: null,
        reason: `The ${d.field} flag changed after ${d.user}'s decision (${d.action}); it must be decided again.`,
      });
    }
    settleDossier(deps.repo, seq);
  });
  if (cascade) for (const other of others) if (REVIEWABLE.has(other.status)) evaluateDossier(deps, other.seq, false);
}

/** Status and queue severity from the flags and live decisions. */
export function settleDossier(repo: ReviewRepo, seq: number): void {
  const live = repo.liveDecisions(seq);
  const flags = repo.flags(seq, false, live);
  const rescan = live.some((d) => d.action === 'rescan');
  const open = flags.filter((f) => !f.decision);
  const severity = Math.max(0, ...open.map((f) => f.severity), rescan ? DUPLICATE_SEVERITY : 0);
  repo.setReviewState(seq, open.length === 0 && !rescan ? 'resolved' : 'needs_review', severity, rescan);
}

/** `others`: the other dossiers linked to the same record. */
function flagsFor(deps: ReviewDeps, seq: number, fields: FusedFields, record: StoredRecord | null, others: readonly { id: string }[]): Flag[] {
  const flags: Flag[] = [];
  const linkFlag = (kind: 'unmatched' | 'duplicate', field: string, scan: string | null, other: string | null): Flag => ({
    field,
    kind,
    scan_value: scan,
    record_value: other,
    hint: null,
    severity: kind === 'unmatched' ? UNMATCHED_SEVERITY : DUPLICATE_SEVERITY,
    readings: [],
  });
  if (!record) flags.push(linkFlag('unmatched', 'record', null, null));
  else {
    const mark = deps.retiredMark?.(record.record_id);
    if (mark) flags.push({ ...linkFlag('duplicate', 'record', record.record_id, mark.reason), kind: 'retired', severity: RETIRED_SEVERITY });
    flags.push(...fieldFlags(fields, record, deps.dossiers.readings(seq)));
    if (others.length > 0) flags.push(linkFlag('duplicate', 'record', record.record_id, others.map((o) => o.id).join(', ')));
  }
  const samePages = deps.repo.samePageContent(seq);
  if (samePages.length > 0) flags.push(linkFlag('duplicate', 'pages', null, samePages.join(', ')));
  return flags;
}
