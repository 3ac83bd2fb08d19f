import { useState, type JSX } from 'react';
import type { SeparatorStyle } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import { useSaveAs } from '../hooks/useSaveAs';

const SHEETS = 10;

/** "In tờ phân cách": saves printable separator sheets, to put between dossiers of a stack scanned in one go. */
export function SeparatorSheetsButton(): JSX.Element {
  const { t, locale } = useI18n();
  const [style, setStyle] = useState<SeparatorStyle>('bars');
  const sheets = useSaveAs('separator-file', (out) => api.scan.separatorSheets({ out, count: SHEETS, style }));
  const saved = sheets.result?.file ?? null;
  const folderOf = (file: string): string => file.replace(/[\\/][^\\/]*$/, '') || file;

  return (
    <div className="separator-sheets" data-testid="separator-sheets">
      <select value={style} onChange={(e) => setStyle(e.target.value === 'qr' ? 'qr' : 'bars')} aria-label={t('scan.separator.style')} data-testid="separator-style">
        <option value="bars">{t('scan.separator.style.bars')}</option>
        <option value="qr">{t('scan.separator.style.qr')}</option>
      </select>
      <button type="button" className="btn" onClick={() => void sheets.save()} disabled={sheets.busy} title={t('scan.separator.hint')} data-testid="separator-sheets-button">
        <Icon name="file" size={16} />
        {t('scan.separator.print', { n: SHEETS })}
      </button>
      {saved ? (
        <span role="status" data-testid="separator-sheets-saved">
          {t('scan.separator.saved', { file: saved })}{' '}
          <button type="button" className="btn btn-quiet" onClick={() => void api.app.openFolder({ path: folderOf(saved) }).catch((e: unknown) => sheets.setError(errorMessage(e)))}>
            {t('scan.separator.open')}
          </button>
        </span>
      ) : null}
      {sheets.error ? (
        <span className="hot-problem" role="alert">
          {engineText(sheets.error, locale)}
        </span>
      ) : null}
    </div>
  );
}
