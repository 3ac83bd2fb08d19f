import { useState, type JSX } from 'react';
import { api, errorMessage } from '../api';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';

const SHEETS = 10;

/** "In tờ phân cách": saves printable separator sheets, to put between dossiers of a stack scanned in one go. */
export function SeparatorSheetsButton(): JSX.Element {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const folderOf = (file: string): string => file.replace(/[\\/][^\\/]*$/, '') || file;

  const save = async (): Promise<void> => {
    setError(null);
    const [out] = await api.app.pickFiles({ purpose: 'separator-file' });
    if (!out) return;
    setBusy(true);
    try {
      const result = await api.scan.separatorSheets({ out, count: SHEETS });
      setSaved(result.file);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="separator-sheets" data-testid="separator-sheets">
      <button type="button" className="btn" onClick={() => void save()} disabled={busy} title={t('scan.separator.hint')} data-testid="separator-sheets-button">
        <Icon name="file" size={16} />
        {t('scan.separator.print', { n: SHEETS })}
      </button>
      {saved ? (
        <span role="status" data-testid="separator-sheets-saved">
          {t('scan.separator.saved', { file: saved })}{' '}
          <button type="button" className="btn btn-quiet" onClick={() => void api.app.openFolder({ path: folderOf(saved) }).catch((e: unknown) => setError(errorMessage(e)))}>
            {t('scan.separator.open')}
          </button>
        </span>
      ) : null}
      {error ? (
        <span className="hot-problem" role="alert">
          {engineText(error, locale)}
        </span>
      ) : null}
    </div>
  );
}
