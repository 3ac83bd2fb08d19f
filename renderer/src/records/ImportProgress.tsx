import type { JSX } from 'react';
import type { JobProgress } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { ProgressBar } from '../components/ProgressBar';
import { formatDuration, formatPercent } from '../format';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  progress: JobProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** The running import: a bar for bytes read, then rows, speed and time left as the engine reports them. */
export function ImportProgress({ progress, cancelling, onCancel }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const fraction = progress && progress.total ? Math.min(progress.done / progress.total, 1) : null;
  const eta =
    progress?.etaSeconds != null ? t('progress.eta', { time: formatDuration(progress.etaSeconds, t) }) : t('progress.etaUnknown');

  return (
    <section className="card import-progress" aria-label={t('progress.label')} data-testid="import-progress">
      <div className="progress-head">
        <div className="progress-title">
          <span className="spinner" aria-hidden="true" />
          <strong>{t('progress.title')}</strong>
          <span className="muted progress-file">{progress?.label || t('progress.opening')}</span>
        </div>
        <button
          type="button"
          className="btn btn-quiet"
          onClick={onCancel}
          disabled={cancelling || !progress || progress.finished}
          data-testid="import-cancel"
        >
          <Icon name="close" size={16} />
          {cancelling ? t('progress.cancelling') : t('progress.cancel')}
        </button>
      </div>
      <ProgressBar fraction={fraction} label={t('progress.label')} />
      <div className="progress-stats" aria-live="polite">
        <span className="stat-strong">{fraction === null ? '—' : formatPercent(fraction, locale)}</span>
        <span>{t('progress.rows', { n: progress?.items ?? 0 })}</span>
        <span>{t('progress.rate', { n: progress?.itemsPerSecond ?? 0 })}</span>
        <span className="muted">{eta}</span>
      </div>
    </section>
  );
}
