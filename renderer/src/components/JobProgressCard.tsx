import type { JSX, ReactNode } from 'react';
import type { JobProgress } from '../../../preload/contract';
import { formatDuration, formatPercent } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';
import { ProgressBar } from './ProgressBar';

interface Props {
  progress: JobProgress | null;
  cancelling: boolean;
  onCancel: () => void;
  /** Texts of this kind of job: title, what it shows before the first event, the bar's label, the cancel button. */
  text: { title: string; opening: string; label: string; cancel: string; cancelling: string };
  testId: string;
  cancelTestId: string;
  /** What the engine's label for the item being worked on reads as (some jobs send a code, e.g. `pages`). */
  labelOf?: (label: string) => string;
  /** The job's own counts, shown between the percent and the time left. */
  children: ReactNode;
}

/** A running long job: spinner, what it works on, a bar, its counts and the time left, and a cancel button. */
export function JobProgressCard({ progress, cancelling, onCancel, text, testId, cancelTestId, labelOf, children }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const fraction = progress && progress.total ? Math.min(progress.done / progress.total, 1) : null;
  const eta =
    progress?.etaSeconds != null ? t('progress.eta', { time: formatDuration(progress.etaSeconds, t) }) : t('progress.etaUnknown');

  return (
    <section className="card import-progress" aria-label={text.label} data-testid={testId}>
      <div className="progress-head">
        <div className="progress-title">
          <span className="spinner" aria-hidden="true" />
          <strong>{text.title}</strong>
          <span className="muted progress-file" data-testid={`${testId}-label`}>
            {progress?.label ? (labelOf ? labelOf(progress.label) : progress.label) : text.opening}
          </span>
        </div>
        <button
          type="button"
          className="btn btn-quiet"
          onClick={onCancel}
          disabled={cancelling || !progress || progress.finished}
          data-testid={cancelTestId}
        >
          <Icon name="close" size={16} />
          {cancelling ? text.cancelling : text.cancel}
        </button>
      </div>
      <ProgressBar fraction={fraction} label={text.label} />
      <div className="progress-stats" aria-live="polite">
        <span className="stat-strong">{fraction === null ? '—' : formatPercent(fraction, locale)}</span>
        {children}
        <span className="muted">{eta}</span>
      </div>
    </section>
  );
}
