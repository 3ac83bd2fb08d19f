import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../preload/contract';
import { api } from '../api';

export interface StoredSettings {
  /** null until the engine has answered. */
  settings: Settings | null;
  /** Changes some settings at once on screen and in the station database. */
  update: (patch: Partial<Settings>) => void;
}

/** The station settings a screen follows and changes in passing (scan defaults, hot folder, the tour). */
export function useStoredSettings(): StoredSettings {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let alive = true;
    api.settings
      .get()
      .then((s) => {
        if (alive) setSettings(s);
      })
      .catch(() => undefined); // The screen keeps its defaults; the Settings screen shows the engine's problem.
    return () => {
      alive = false;
    };
  }, []);

  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((s) => (s ? { ...s, ...patch } : s));
    // A refused value goes back to what the engine holds.
    api.settings.set(patch).then(setSettings, () => void api.settings.get().then(setSettings, () => undefined));
  }, []);

  return { settings, update };
}
