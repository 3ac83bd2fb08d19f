import type { JSX } from 'react';
import type { ScanImportReport } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { baseName, formatDuration } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';

interface Props {
  report: ScanImportReport;
  /** Dossiers of this import that failed (their sentences are in the list below). */
  failed: number;
  onDismiss: () => void;
}

/** What the last scan import did, in one line, then each unusable path with the engine's sentence. */
export function ScanResult({ report, failed, onDismiss }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const parts = [t('scan.result.created', { n: report.created.length, pages: report.pages })];
  if (failed) parts.push(t('scan.result.failed', { n: failed }));
  if (report.duplicates.length) parts.push(t('scan.result.duplicates', { n: report.duplicates.length }));
  if (report.errors.length) parts.push(t('scan.result.errors', { n: report.errors.length }));
  parts.push(t('scan.result.time', { time: formatDuration(report.seconds, t) }));
  const bad = report.errors.length > 0 || failed > 0;

  return (
    <div className={bad ? 'banner banner-warn scan-result' : 'banner banner-good scan-result'} role="status" data-testid="scan-result">
      <Icon name={bad ? 'warning' : 'check'} size={18} />
      <div className="banner-text">
        <span>{parts.join(' · ')}</span>
        {report.duplicates.length ? (
          <span className="muted small">
            {t('scan.result.duplicateList', { list: report.duplicates.map((d) => `${baseName(d.source)} → ${d.dossier}`).join(', ') })}
          </span>
        ) : null}
        {report.errors.map((e) => (
          <span key={e.path} className="error-text small">
            {engineText(e.text ?? e.message, locale)}
          </span>
        ))}
      </div>
      <button type="button" className="icon-btn" aria-label={t('error.dismiss')} onClick={onDismiss}>
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
