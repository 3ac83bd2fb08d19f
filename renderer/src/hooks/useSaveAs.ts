import { useState } from 'react';
import type { CallInput } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import type { Shown } from '../i18n/engine-text';

type SavePurpose = CallInput<'app.pickFiles'>['purpose'];

export interface SaveAs<T> {
  busy: boolean;
  /** What the last save gave back (cleared when a new place is chosen). */
  result: T | null;
  /** The last save's refusal, as the engine said it (cleared likewise). */
  error: Shown | null;
  setError: (error: Shown | null) => void;
  /** Asks where to save, then writes there; nothing happens when the dialog is cancelled. */
  save: () => Promise<void>;
}

/** "Save as…" for a file the engine writes (a report, separator sheets, a backup): the dialog, busy, result, refusal. */
export function useSaveAs<T>(purpose: SavePurpose, write: (out: string) => Promise<T>): SaveAs<T> {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  const save = async (): Promise<void> => {
    const [out] = await api.app.pickFiles({ purpose });
    if (!out) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await write(out));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, result, error, setError, save };
}
