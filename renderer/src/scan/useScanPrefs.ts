import { useCallback, useState } from 'react';
import type { StoredSettings } from '../settings/useStoredSettings';
import { loadScanPlace, saveScanPlace, scanOptionsOf, settingsOf, type ScanPlace, type ScanPrefs } from './scanPrefs';

export interface ScanPrefsState {
  /** null until the station settings are read, so a control never shows a default that is not the station's. */
  prefs: ScanPrefs | null;
  change: (patch: Partial<ScanPrefs>) => void;
}

/** The Scan screen's choices: the scanner options in the station settings, the source on this computer. */
export function useScanPrefs(stored: StoredSettings): ScanPrefsState {
  const [place, setPlace] = useState<ScanPlace>(loadScanPlace);
  const { settings, update } = stored;
  const change = useCallback(
    (patch: Partial<ScanPrefs>) => {
      const { origin, source, device, ...options } = patch;
      if (origin !== undefined || source !== undefined || device !== undefined) {
        setPlace((p) => {
          const next = { origin: origin ?? p.origin, source: source === undefined ? p.source : source, device: device === undefined ? p.device : device };
          saveScanPlace(next);
          return next;
        });
      }
      const stationPatch = settingsOf(options);
      if (Object.keys(stationPatch).length) update(stationPatch);
    },
    [update],
  );
  return { prefs: settings ? { ...place, ...scanOptionsOf(settings) } : null, change };
}
