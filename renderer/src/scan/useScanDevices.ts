import { useCallback, useEffect, useState } from 'react';
import type { ScanDevices } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import type { Shown } from '../i18n/engine-text';

export interface ScanDevicesState {
  /** null while looking for scanners. */
  found: ScanDevices | null;
  error: Shown | null;
  refresh: () => void;
}

/** The scanners connected now; looked for when the device source is shown and again on request. */
export function useScanDevices(): ScanDevicesState {
  const [found, setFound] = useState<ScanDevices | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    setFound(null);
    setError(null);
    api.scan
      .devices({})
      .then((result) => live && setFound(result))
      .catch((e: unknown) => {
        if (!live) return;
        setError(errorMessage(e));
        setFound({ sources: [], devices: [] });
      });
    return () => {
      live = false;
    };
  }, [round]);

  const refresh = useCallback(() => setRound((r) => r + 1), []);
  return { found, error, refresh };
}
