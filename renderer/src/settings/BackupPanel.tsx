import type { JSX } from 'react';
import { api } from '../api';
import { ErrorBanner } from '../components/ErrorBanner';
import { Icon } from '../components/Icon';
import { useSaveAs } from '../hooks/useSaveAs';
import { useI18n } from '../i18n/I18nProvider';

/** "Back up now": a consistent copy of the station where the user chooses, and what it holds. */
export function BackupPanel(): JSX.Element {
  const { t, n } = useI18n();
  const { busy, result: report, error, setError, save: backUp } = useSaveAs('backup-file', (out) => api.station.backup({ out }));

  return (
    <section className="card set-card" aria-labelledby="set-backup">
      <h2 id="set-backup">{t('settings.backup')}</h2>
      <p className="muted">{t('settings.backupLead')}</p>
      <div>
        <button type="button" className="btn btn-primary" onClick={() => void backUp()} disabled={busy} data-testid="backup-now">
          {busy ? <span className="spinner small" /> : <Icon name="shield" size={16} />}
          {t('settings.backupNow')}
        </button>
      </div>
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      {report ? (
        <div className="banner banner-good" role="status" data-testid="backup-report">
          <Icon name="check" size={18} />
          <div className="banner-text">
            <strong>{t('settings.backupDone', { file: report.file })}</strong>
            <span>
              {t('settings.backupCounts', { records: n(report.records), dossiers: n(report.dossiers), files: n(report.archived_files) })}
            </span>
            {report.missing_files.length > 0 ? (
              <span className="bad" data-testid="backup-missing">
                {t('settings.backupMissing', { count: report.missing_files.length, first: report.missing_files[0]! })}
              </span>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
