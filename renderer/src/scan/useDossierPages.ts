import { useEffect, useState } from 'react';
import type { PageView } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import type { Shown } from '../i18n/engine-text';

export type PagesState = { status: 'loading' } | { status: 'error'; message: Shown } | { status: 'ready'; pages: PageView[] };

/** The pages of one dossier with their thumbnails; fetched again when the dossiers change (`version`). */
export function useDossierPages(id: string, version: number): PagesState {
  const [state, setState] = useState<PagesState>({ status: 'loading' });

  // A different dossier starts from "loading"; a new version keeps the old thumbnails until the fresh ones arrive.
  useEffect(() => setState({ status: 'loading' }), [id]);

  useEffect(() => {
    let live = true;
    api.dossiers
      .pages({ id })
      .then((pages) => {
        if (live) setState({ status: 'ready', pages });
      })
      .catch((e: unknown) => {
        if (live) setState({ status: 'error', message: errorMessage(e) });
      });
    return () => {
      live = false;
    };
  }, [id, version]);

  return state;
}
