import { useState, type JSX } from 'react';
import { api, errorMessage } from '../api';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';

/** Saves the dashboard as a one-page PDF where the lead chooses, then says where it went. */
export function SaveReportButton({ disabled }: { disabled: boolean }): JSX.Element {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (): Promise<void> => {
    setMessage(null);
    const [out] = await api.app.pickFiles({ purpose: 'report-file' });
    if (!out) return;
    setBusy(true);
    try {
      const saved = await api.dashboard.report({ out, locale });
      setMessage({ ok: true, text: t('dashboard.reportSaved', { file: saved.file }) });
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dash-report">
      <button type="button" className="btn btn-primary" disabled={disabled || busy} onClick={() => void save()} data-testid="dash-save-report">
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
