import type { JSX } from 'react';
import { api } from '../api';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import { useSaveAs } from '../hooks/useSaveAs';

/** Saves the dashboard as a one-page PDF where the lead chooses, then says where it went. */
export function SaveReportButton({ disabled }: { disabled: boolean }): JSX.Element {
  const { t, locale } = useI18n();
  const report = useSaveAs('report-file', (out) => api.dashboard.report({ out, locale }));
  const message = report.error
    ? { ok: false, text: report.error }
    : report.result
      ? { ok: true, text: t('dashboard.reportSaved', { file: report.result.file }) }
      : null;

  return (
    <div className="dash-report">
      <button type="button" className="btn btn-primary" disabled={disabled || report.busy} onClick={() => void report.save()} data-testid="dash-save-report">
        <Icon name="report" size={16} />
        {t('dashboard.saveReport')}
      </button>
      {message ? (
        <span className={message.ok ? 'small' : 'small bad'} role="status" data-testid="dash-report-status">
          {engineText(message.text, locale)}
        </span>
      ) : null}
    </div>
  );
}
