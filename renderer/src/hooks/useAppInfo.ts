import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../preload/contract';
import { api } from '../api';

export type AppInfo = CallOutput<'app.info'>;

/** Version, station name and demo flag; null until the engine answers (or if it cannot). */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let alive = true;
    api.app
      .info()
      .then((value) => {
        if (alive) setInfo(value);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return info;
}
