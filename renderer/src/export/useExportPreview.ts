import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExportPreviewItem } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { useApiEvent } from '../hooks/useApiEvent';
import { choiceAfter } from './export-choice';
import type { Shown } from '../i18n/engine-text';

export interface ExportPreviewState {
  /** Null until the engine's first answer. */
  dossiers: ExportPreviewItem[] | null;
  error: Shown | null;
  /** Already exported dossiers are listed too, to be exported again. */
  reexport: boolean;
  setReexport: (reexport: boolean) => void;
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  selectAll: () => void;
  selectNone: () => void;
  /** The selected dossiers in list order, and their pages. */
  chosen: { ids: string[]; pages: number };
}

/**
 * The dossiers ready for export and the lead's choice among them (export-choice.ts), refreshed when a batch was
 * written or a dossier resolved.
 */
export function useExportPreview(): ExportPreviewState {
  const [dossiers, setDossiers] = useState<ExportPreviewItem[] | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  const [reexport, setReexportState] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Set when the list is (re)loaded from scratch: its answer selects every dossier.
  const selectAllNext = useRef(true);
  const request = useRef(0);

  const load = useCallback((withExported: boolean) => {
    const mine = ++request.current;
    api.export
      .preview({ reexport: withExported })
      .then((answer) => {
        if (mine !== request.current) return;
        const ids = new Set(answer.dossiers.map((d) => d.id));
        // Read here, not in the updater: React may run the updater at its next render, after the ref was reset below,
        // and choose nothing (e2e k-export-first-answers).
        const all = selectAllNext.current;
        selectAllNext.current = ids.size === 0;
        setSelected((previous) => choiceAfter(previous, ids, all).chosen);
        setDossiers(answer.dossiers);
        setError(null);
      })
      .catch((e: unknown) => mine === request.current && setError(errorMessage(e)));
  }, []);

  useEffect(() => load(reexport), [load, reexport]);
  useApiEvent('dossiers.changed', () => load(reexport));

  const setReexport = useCallback((value: boolean) => {
    selectAllNext.current = true;
    setDossiers(null);
    setReexportState(value);
  }, []);

  const toggle = useCallback((id: string) => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const selectAll = useCallback(() => setSelected(new Set((dossiers ?? []).map((d) => d.id))), [dossiers]);
  const selectNone = useCallback(() => setSelected(new Set()), []);

  const chosen = useMemo(() => {
    const picked = (dossiers ?? []).filter((d) => selected.has(d.id));
    return { ids: picked.map((d) => d.id), pages: picked.reduce((n, d) => n + d.pages, 0) };
  }, [dossiers, selected]);

  return { dossiers, error, reexport, setReexport, selected, toggle, selectAll, selectNone, chosen };
}
