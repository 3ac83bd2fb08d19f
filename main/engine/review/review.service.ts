/**
 * The review as the engine offers it: linking and flagging each dossier once its fields are fused, the
 * officer's queue and decisions, bulk confirmation, and the views the screens and `dossiers list` show.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DossierView } from '../scan/dossier-view';
import { UserError } from '../errors';
import type { Actor } from '../users/accounts.service';
import { requireRole } from '../users/accounts.service';
import { decide, undo, type DecisionOutcome, type DecisionRequest, type Deciding } from './decide.service';
import { evaluateDossier } from './evaluate';
import { finalValues } from './final-values';
import { flagView, isClean, parseLink, queueItem, reviewDossier, type ReviewDossier } from './review-view';
import type { QueueItem } from '../domain/review';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';
import { storedMessage } from '../domain/messages/stored';
import type { QueueRequest } from '../domain/review';

export type { QueueRequest };

export interface Review {
  /** Links and flags a dossier whose fields were just fused. */
  evaluate(seq: number): void;
  /** Flags a dossier again, keeping its link: its record's standing changed (a mark on the retired list). */
  reflag(seq: number): void;
  /** Links again every dossier no one has decided on yet (after records changed), yielding as it goes; returns how many. */
  relinkUndecided(): Promise<number>;
  queue(request: QueueRequest): { total: number; rows: QueueItem[] };
  dossier(id: string): ReviewDossier;
  decide(actor: Actor | null, request: DecisionRequest): Promise<DecisionOutcome & { dossier: ReviewDossier }>;
  undo(actor: Actor | null, dossier: string, field?: string): Promise<DecisionOutcome & { dossier: ReviewDossier }>;
  /** "The record is right" on every open flag of each clean dossier (see `isClean`); others are skipped with the reason. */
  bulkConfirm(actor: Actor | null, ids: string[]): Promise<{ confirmed: string[]; skipped: { id: string; reason: string }[] }>;
  /** A dossier as `dossiers list` shows it: final values and flags with their decisions. */
  decorate(view: DossierView): DossierView;
}

export function createReview(deps: Deciding): Review {
  const stateOf = (id: string): NonNullable<ReturnType<typeof deps.repo.state>> => {
    const state = deps.repo.state(id.trim());
    if (!state) throw new UserError(say('review.no_dossier', { dossier: id }), 'not_found');
    return state;
  };
  const review: Review = {
    evaluate: (seq) => evaluateDossier(deps, seq),
    reflag: (seq) => evaluateDossier(deps, seq, true, true),
    async relinkUndecided() {
      const seqs = deps.repo.undecidedSeqs();
      for (const [i, seq] of seqs.entries()) {
        evaluateDossier(deps, seq, false);
        // Let the engine answer other calls between chunks: a station may hold 10^5 dossiers.
        if (i % 200 === 199) await nextTurn();
      }
      return seqs.length;
    },
    queue({ status, kind, field, dossierKind, offset, limit }) {
      const { total, rows } = deps.repo.queue(status, offset, limit, kind, field, dossierKind);
      return { total, rows: rows.map((r) => queueItem(deps, r)) };
    },
    dossier: (id) => reviewDossier(deps, stateOf(id)),
    async decide(actor, request) {
      const outcome = await decide(deps, actor, request);
      return { ...outcome, dossier: review.dossier(request.dossier) };
    },
    async undo(actor, dossier, field) {
      const outcome = await undo(deps, actor, dossier, field);
      return { ...outcome, dossier: review.dossier(dossier) };
    },
    async bulkConfirm(actor, ids) {
      requireRole(actor, ['officer', 'lead'], say('doing.confirm_dossiers'));
      const confirmed: string[] = [];
      const skipped: { id: string; reason: string; text: EngineMessage }[] = [];
      for (const id of ids) {
        const state = deps.repo.state(id.trim());
        const flags = state ? deps.repo.flags(state.seq) : [];
        if (!state || state.status !== 'needs_review' || !isClean(parseLink(state.link), flags)) {
          const text = say('review.not_clean', { dossier: id });
          skipped.push({ id, reason: renderMessage(text, 'en'), text });
          continue;
        }
        for (const f of flags.filter((x) => !x.decision)) {
          await decide(deps, actor, { dossier: id, field: f.field, action: 'keep-record', reason: storedMessage(say('review.bulk_reason')) });
        }
        confirmed.push(state.id);
      }
      return { confirmed, skipped };
    },
    decorate(view) {
      const state = deps.repo.state(view.id);
      if (!state) return view;
      const decisions = deps.repo.liveDecisions(state.seq);
      const values = finalValues(state.fields, decisions);
      const fields = Object.fromEntries(
        Object.entries(view.fields).map(([f, v]) => {
          const value = values[f as keyof typeof values];
          if (value === undefined || value === (v?.value ?? null)) return [f, v];
          return [f, value === null ? null : { value, confidence: 1 }];
        }),
      );
      const flags = deps.repo.flags(state.seq, false, decisions).map((f) => {
        const { field, kind, scan_value, record_value, hint, decision } = flagView(f);
        return { field, kind, scan_value, record_value, hint, decision };
      });
      return { ...view, fields, record_id: state.record_id, flags };
    },
  };
  return review;
}
