import { useCallback, useEffect, useState } from 'react';
import type { Settings, StationFacts } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import type { Shown } from '../i18n/engine-text';

export interface SettingsState {
  settings: Settings | null;
  facts: StationFacts | null;
  /** The engine's sentence for the last refused change, or a failed load. */
  error: Shown | null;
  saved: boolean;
  save: (patch: Partial<Settings>) => Promise<void>;
}

/** The stored settings and the station's read-only facts; a change is saved by the engine, which checks it. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [facts, setFacts] = useState<StationFacts | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    Promise.all([api.settings.get(), api.settings.station()])
      .then(([s, f]) => {
        setSettings(s);
        setFacts(f);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  const save = useCallback(async (patch: Partial<Settings>) => {
    setSaved(false);
    try {
      setSettings(await api.settings.set(patch));
      setError(null);
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  return { settings, facts, error, saved, save };
}
