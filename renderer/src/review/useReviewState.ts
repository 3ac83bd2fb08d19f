import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DecisionAction, ReviewFlag, ReviewDossier, User } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { DossierCache, firstPageOf } from './dossierCache';
import type { ReviewQueue } from './useReviewQueue';
import type { Shown } from '../i18n/engine-text';

/** Dossiers fetched ahead of the one on screen. */
const PREFETCH = 3;

export type Notice = { kind: 'decided' | 'resolved' | 'undone' | 'refused'; field?: string; text?: string } | null;

export interface ReviewState {
  index: number;
  id: string | null;
  dossier: ReviewDossier | undefined;
  flagIndex: number;
  flag: ReviewFlag | undefined;
  page: number;
  image: string | undefined;
  editing: boolean;
  busy: boolean;
  notice: Notice;
  /** A dossier or page that could not be read, said at the top of the dossier. */
  error: Shown | null;
  /** A decision or undo the engine refused, said beside the decision's buttons; it goes with another selection. */
  refusal: Shown | null;
  /** Bumped after each decision or undo: the audit trail refetches. */
  changes: number;
  open: (index: number) => void;
  moveDossier: (delta: number) => void;
  moveFlag: (delta: number) => void;
  selectFlag: (i: number) => void;
  showPage: (page: number) => void;
  decide: (action: DecisionAction, value?: string, field?: string) => void;
  undo: () => void;
  setEditing: (editing: boolean) => void;
  dismiss: () => void;
}

const firstOpen = (d: ReviewDossier | undefined): number => Math.max(0, d?.flags.findIndex((f) => !f.decision) ?? 0);

/**
 * Where the officer is in the queue and what they do there. The dossier on screen and the next few are held in
 * a cache filled ahead, so a switch renders from memory in one pass: the selected flag and page are derived
 * from the dossier the moment it is shown, never set by an effect after it.
 */
export function useReviewState(queue: ReviewQueue, user: User | null): ReviewState {
  const cache = useMemo(() => new DossierCache(), []);
  const [, setTick] = useState(0);
  const [index, setIndex] = useState(0);
  const [selection, setSelection] = useState<{ id: string | null; flag: number; page: number }>({ id: null, flag: 0, page: 0 });
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [error, setError] = useState<Shown | null>(null);
  const [refusal, setRefusal] = useState<Shown | null>(null);
  const [changes, setChanges] = useState(0);
  const busyRef = useRef(false);

  useEffect(() => cache.subscribe(() => setTick((n) => n + 1)), [cache]);

  const total = queue.total ?? 0;
  const id = queue.row(index)?.id ?? null;
  const dossier = id ? cache.get(id) : undefined;
  const sel = selection.id === id && dossier ? selection : { id, flag: firstOpen(dossier), page: dossier ? firstPageOf(dossier) : 0 };
  const flag = dossier?.flags[sel.flag];
  const image = id ? cache.image(id, sel.page) : undefined;

  // A new filter starts at the top of the queue.
  useEffect(() => setIndex(0), [queue.filter]);

  const ensure = queue.ensure;
  useEffect(() => {
    if (!id) {
      void ensure(index);
      return;
    }
    cache.load(id).catch((e: unknown) => setError(errorMessage(e)));
    for (let k = 1; k <= PREFETCH; k++) {
      void ensure(index + k).then((row) => row && cache.prefetch(row.id));
    }
  }, [id, index, cache, ensure]);

  useEffect(() => {
    if (id) cache.loadImage(id, sel.page).catch((e: unknown) => setError(errorMessage(e)));
  }, [id, sel.page, cache]);

  const open = useCallback(
    (i: number) => {
      setIndex(Math.max(0, Math.min(i, Math.max(0, total - 1))));
      setEditing(false);
      setNotice(null);
      setError(null);
      setRefusal(null);
    },
    [total],
  );
  const moveDossier = useCallback((delta: number) => open(index + delta), [open, index]);
  const selectFlag = useCallback(
    (i: number) => {
      const f = dossier?.flags[i];
      if (!f) return;
      setSelection({ id, flag: i, page: f.readings[0]?.page ?? sel.page });
      setEditing(false);
      setRefusal(null);
    },
    [dossier, id, sel.page],
  );
  const moveFlag = useCallback(
    (delta: number) => {
      const next = sel.flag + delta;
      if (dossier && next >= 0 && next < dossier.flags.length) selectFlag(next);
      else moveDossier(delta);
    },
    [sel.flag, dossier, selectFlag, moveDossier],
  );
  const showPage = useCallback((page: number) => setSelection({ ...sel, page }), [sel]);

  const settle = useCallback(
    (d: ReviewDossier, next: Notice) => {
      cache.put(d);
      queue.patch(d.id, { status: d.status === 'resolved' ? 'resolved' : 'needs_review', open: d.flags.filter((f) => !f.decision).length });
      const after = d.flags.findIndex((f, i) => !f.decision && i >= sel.flag);
      const target = after >= 0 ? after : firstOpen(d);
      setSelection({ id: d.id, flag: target, page: d.flags[target]?.readings[0]?.page ?? sel.page });
      setNotice(d.status === 'resolved' && next?.kind === 'decided' ? { kind: 'resolved' } : next);
      setChanges((c) => c + 1);
    },
    [cache, queue, sel],
  );

  const run = useCallback(
    (work: () => Promise<{ dossier: ReviewDossier }>, next: Notice) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      setRefusal(null);
      work()
        .then((answer) => settle(answer.dossier, next))
        .catch((e: unknown) => setRefusal(errorMessage(e)))
        .finally(() => {
          busyRef.current = false;
          setBusy(false);
        });
    },
    [settle],
  );

  const decide = useCallback(
    (action: DecisionAction, value?: string, field?: string) => {
      if (!dossier) return;
      const target = field ? dossier.flags.find((f) => f.field === field) : flag;
      if (!target && !field) return;
      if (!user || user.role === 'clerk') {
        setNotice({ kind: 'refused' });
        return;
      }
      setEditing(false);
      const name = field ?? target!.field;
      run(
        () => api.review.decide({ dossier: dossier.id, field: name, action, value: value ?? null, expected: target?.decision?.id ?? null }),
        { kind: 'decided', field: name, text: action },
      );
    },
    [dossier, flag, user, run],
  );

  const undo = useCallback(() => {
    if (!dossier) return;
    if (!user || user.role === 'clerk') {
      setNotice({ kind: 'refused' });
      return;
    }
    run(() => api.review.undo({ dossier: dossier.id }), { kind: 'undone' });
  }, [dossier, user, run]);

  const dismiss = useCallback(() => {
    setNotice(null);
    setError(null);
    setRefusal(null);
  }, []);

  return { index, id, dossier, flagIndex: sel.flag, flag, page: sel.page, image, editing, busy, notice, error, refusal, changes, open, moveDossier, moveFlag, selectFlag, showPage, decide, undo, setEditing, dismiss };
}
