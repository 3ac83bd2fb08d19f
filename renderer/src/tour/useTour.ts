import { useCallback, useEffect, useState } from 'react';
import type { StoredSettings } from '../settings/useStoredSettings';
import { TOUR_STEPS } from './tourSteps';

export interface TourState {
  /** The step shown, or null when the tour is closed. */
  step: number | null;
  next: () => void;
  back: () => void;
  /** Finishing and dismissing are the same: the tour is not offered again on its own. */
  close: () => void;
  restart: () => void;
}

/** The demo station's first-run tour: opens once, until it is finished or dismissed, and on request. */
export function useTour(demo: boolean, { settings, update }: StoredSettings): TourState {
  const [step, setStep] = useState<number | null>(null);
  const [offered, setOffered] = useState(false);

  useEffect(() => {
    if (offered || !demo || !settings) return;
    setOffered(true);
    if (!settings.tourDone) setStep(0);
  }, [demo, settings, offered]);

  const close = useCallback(() => {
    setStep(null);
    update({ tourDone: true });
  }, [update]);
  const next = useCallback(() => {
    if (step === null) return;
    if (step + 1 < TOUR_STEPS.length) setStep(step + 1);
    else close();
  }, [step, close]);
  const back = useCallback(() => setStep((s) => (s ? s - 1 : s)), []);
  const restart = useCallback(() => setStep(0), []);
  return { step, next, back, close, restart };
}
