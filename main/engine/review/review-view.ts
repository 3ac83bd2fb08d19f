/** What the review screen and `dossiers list` show of a dossier's review: flags with decisions, final values, queue rows. */
import type { DecisionRow, QueueRow, ReviewState, StoredFlag } from '../db/review.repo';
import type { FusedFields } from '../domain/field-reading';
import { stagesOf } from '../dossier-kinds/dossier-kinds';
import type { ReviewDeps } from './evaluate';
import { finalValues } from './final-values';
import type { Decision } from '../domain/dossier';
import type { QueueItem, ReviewDossier, ReviewFlag } from '../domain/review';
import type { LinkInfo } from '../domain/link';
import { storedSentence } from '../domain/messages/stored';

// A dossier and its flags as the review screen shows them are the domain's (main/engine/domain/review.ts).
export type { ReviewDossier, ReviewFlag };

/** Link confidence at or above which a dossier with only probable OCR misreads may be confirmed in bulk. */
export const CLEAN_LINK_CONFIDENCE = 0.9;

export function decisionView(d: DecisionRow | null): Decision | null {
  // A reason the engine wrote (a bulk confirmation) is kept coded; an officer's own words read back as they are.
  return d ? { id: d.id, action: d.action, value: d.value, user: d.user, at: d.decided_at, reason: storedSentence(d.reason) } : null;
}

export function flagView(f: StoredFlag): ReviewFlag {
  return { ...f, decision: decisionView(f.decision) };
}

export function parseLink(link: string | null): LinkInfo | null {
  return link ? (JSON.parse(link) as LinkInfo) : null;
}

/** Linked confidently, something left to decide, and all of it probably the OCR's misreading. */
export function isClean(link: LinkInfo | null, flags: readonly StoredFlag[]): boolean {
  const open = flags.filter((f) => !f.decision);
  return (link?.confidence ?? 0) >= CLEAN_LINK_CONFIDENCE && open.length > 0 && open.every((f) => f.kind === 'mismatch' && f.hint === 'ocr_misread');
}

export function reviewDossier(deps: ReviewDeps, state: ReviewState): ReviewDossier {
  const live = deps.repo.liveDecisions(state.seq);
  const flags = deps.repo.flags(state.seq, true, live);
  const pages = deps.dossiers.pagesOf(state.id).map((p) => ({ pageNo: p.pageNo, width: p.width, height: p.height, rotation: p.rotation ?? p.userRotation }));
  const fused: FusedFields | null = state.fields;
  const kindFields = stagesOf(state.kind).fields;
  const paper = fused as Record<string, { value: string; confidence: number } | null> | null;
  return {
    id: state.id,
    kind: state.kind,
    status: state.status,
    pages,
    scan: Object.fromEntries(kindFields.map((f) => [f, paper?.[f] ?? null])),
    fields: finalValues(fused, live, kindFields),
    // A licence's record is the licence (its values are on each flag); the vehicle record panel stays empty.
    record: state.record_id && state.kind === 'vehicle' ? (deps.records.getById(state.record_id) ?? null) : null,
    link: parseLink(state.link),
    flags: flags.map(flagView),
    rescan: state.rescan === 1,
  };
}

export function queueItem(deps: ReviewDeps, row: QueueRow): QueueItem {
  const flags = deps.repo.flags(row.seq, false);
  const open = flags.filter((f) => !f.decision);
  const fused = row.fields ? (JSON.parse(row.fields) as FusedFields) : null;
  const top = open[0] ?? flags[0];
  return {
    id: row.id,
    status: row.status,
    severity: row.severity,
    open: open.length,
    flags: flags.length,
    top: top ? { field: top.field, kind: top.kind } : null,
    record_id: row.record_id,
    plate: fused?.plate?.value ?? null,
    clean: isClean(parseLink(row.link), flags),
  };
}
