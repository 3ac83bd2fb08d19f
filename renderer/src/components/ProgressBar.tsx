import type { JSX } from 'react';

/** A determinate bar (fraction 0..1) or, when the total is unknown, an indeterminate one. */
export function ProgressBar({ fraction, label }: { fraction: number | null; label: string }): JSX.Element {
  const percent = fraction === null ? undefined : Math.round(fraction * 100);
  return (
    <div
      className={fraction === null ? 'progress-bar indeterminate' : 'progress-bar'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      {/* A transform keeps the bar on the compositor; set through the CSSOM, which the CSP allows. */}
      <div className="progress-fill" style={{ transform: `scaleX(${fraction ?? 0.3})` }} />
    </div>
  );
}
