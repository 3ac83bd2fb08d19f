import type { JSX } from 'react';
import type { JobProgress } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { ProgressBar } from '../components/ProgressBar';
import { formatDuration, formatPercent } from '../format';
import { useI18n } from '../i18n/I18nProvider';

/** The running scan import: pages through OCR out of the total, and the time left as the engine estimates it. */
export function ScanProgress({
  progress,
  cancelling,
  onCancel,
}: {
  progress: JobProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}): JSX.Element {
  const { t, locale } = useI18n();
  const fraction = progress && progress.total ? Math.min(progress.done / progress.total, 1) : null;
  const eta =
    progress?.etaSeconds != null ? t('progress.eta', { time: formatDuration(progress.etaSeconds, t) }) : t('progress.etaUnknown');

  return (
    <section className="card import-progress" aria-label={t('scan.progressLabel')} data-testid="scan-progress">
      <div className="progress-head">
        <div className="progress-title">
          <span className="spinner" aria-hidden="true" />
          <strong>{t('scan.progressTitle')}</strong>
          <span className="muted progress-file">{progress?.label || t('scan.progressOpening')}</span>
        </div>
        <button
          type="button"
          className="btn btn-quiet"
          onClick={onCancel}
          disabled={cancelling || !progress || progress.finished}
          data-testid="scan-cancel"
        >
          <Icon name="close" size={16} />
          {cancelling ? t('scan.cancelling') : t('scan.cancel')}
        </button>
      </div>
      <ProgressBar fraction={fraction} label={t('scan.progressLabel')} />
      <div className="progress-stats" aria-live="polite">
        <span className="stat-strong">{fraction === null ? '—' : formatPercent(fraction, locale)}</span>
        <span data-testid="scan-progress-pages">
          {progress?.total != null ? t('scan.progressPages', { done: progress.done, total: progress.total }) : t('scan.progressCounting')}
        </span>
        <span className="muted">{eta}</span>
      </div>
    </section>
  );
}
