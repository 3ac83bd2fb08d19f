import type { JSX } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { ScanOrigin } from './scanPrefs';

const ORIGINS: readonly ScanOrigin[] = ['files', 'folder', 'device'];

/** Where the next scan comes from: Tệp / Thư mục / Máy quét. */
export function SourcePicker({ value, onChange, disabled }: { value: ScanOrigin; onChange: (o: ScanOrigin) => void; disabled: boolean }): JSX.Element {
  const { t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('scan.source.label')}>
      {ORIGINS.map((o) => (
        <button
          key={o}
          type="button"
          className="seg"
          aria-pressed={value === o}
          disabled={disabled}
          data-testid={`scan-source-${o}`}
          onClick={() => onChange(o)}
        >
          {t(`scan.source.${o}`)}
        </button>
      ))}
    </div>
  );
}
