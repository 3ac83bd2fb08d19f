/**
 * A dossier's review state from its fused fields: link it, flag every difference, keep the decisions that
 * still answer a flag, and settle its status (resolved once every flag has a decision and no re-scan is asked).
 */
import type { AuditRepo } from '../db/audit.repo';
import type { DossiersRepo } from '../db/dossiers.repo';
import type { ReviewRepo } from '../db/review.repo';
import type { KindLinkDeps, LinkOutcome } from '../dossier-kinds/dossier-kind';
import { stagesOf } from '../dossier-kinds/dossier-kinds';
import { SCAN_FIELDS, type FusedFields } from '../domain/field-reading';
import { DUPLICATE_SEVERITY, UNMATCHED_SEVERITY } from './flags';
import type { ReviewFlag } from '../domain/review';
import { say, termOf } from '../domain/messages/catalogue';
import { storedMessage } from '../domain/messages/stored';

/** Linking consults the station's records (and licences, the retired list) as the dossier's kind needs. */
export interface ReviewDeps extends KindLinkDeps {
  repo: ReviewRepo;
  dossiers: DossiersRepo;
  audit: AuditRepo;
}

const NO_FIELDS = Object.fromEntries(SCAN_FIELDS.map((f) => [f, null])) as FusedFields;
const REVIEWABLE = new Set(['needs_review', 'resolved']);

/**
 * Links and flags one dossier again; `cascade` also refreshes dossiers that share its record (duplicates).
 * `keepLink` flags again without linking again: something about the record changed (a mark on the retired list),
 * not the paper, so the link stands.
 */
export function evaluateDossier(deps: ReviewDeps, seq: number, cascade = true, keepLink = false): void {
  const state = deps.repo.stateBySeq(seq);
  if (!state || !REVIEWABLE.has(state.status)) return;
  const fields = state.fields ?? NO_FIELDS;
  const decisions = deps.repo.liveDecisions(seq);
  const manual = decisions.find((d) => d.field === 'record' && d.action === 'set');
  const readings = deps.dossiers.readings(seq);
  // Keeping the link: the kind links to the record it has (as to an officer's choice) and the stored verdict stands.
  const kept = keepLink && !manual && state.record_id && state.link ? { value: state.record_id, user: 'system' } : null;
  const linked = stagesOf(state.kind).link(deps, fields, readings, manual?.value ? { value: manual.value, user: manual.user } : kept);
  const verdict = kept && linked.recordId === kept.value ? (JSON.parse(state.link!) as typeof linked.verdict) : linked.verdict;
  const others = linked.recordId ? deps.repo.linkedTo(linked.recordId, seq) : [];
  const flags = flagsFor(deps, seq, linked, others);
  const now = new Date().toISOString();
  deps.repo.atomically(() => {
    deps.repo.setLink(seq, linked.recordId, { confidence: verdict.confidence, reason: verdict.reason, reason_code: verdict.reason_code, candidates: verdict.candidates });
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
        reason: storedMessage(say('decision.flag_changed', { field: termOf('field', d.field), user: d.user, action: termOf('action', d.action) })),
      });
    }
    settleDossier(deps.repo, seq);
  });
  if (cascade) for (const other of others) if (REVIEWABLE.has(other.status)) evaluateDossier(deps, other.seq, false, keepLink);
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

/** The kind's flags on the linked record, or `unmatched`; `duplicate` for `others` (dossiers linked to the same record) and for pages already in another dossier. */
function flagsFor(deps: ReviewDeps, seq: number, linked: LinkOutcome, others: readonly { id: string }[]): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const linkFlag = (kind: 'unmatched' | 'duplicate', field: string, scan: string | null, other: string | null): ReviewFlag => ({
    field,
    kind,
    scan_value: scan,
    record_value: other,
    hint: null,
    severity: kind === 'unmatched' ? UNMATCHED_SEVERITY : DUPLICATE_SEVERITY,
    readings: [],
    decision: null,
  });
  if (!linked.recordId) flags.push(linkFlag('unmatched', 'record', null, null));
  else {
    flags.push(...linked.flags);
    if (others.length > 0) flags.push(linkFlag('duplicate', 'record', linked.recordId, others.map((o) => o.id).join(', ')));
  }
  const samePages = deps.repo.samePageContent(seq);
  if (samePages.length > 0) flags.push(linkFlag('duplicate', 'pages', null, samePages.join(', ')));
  return flags;
}
