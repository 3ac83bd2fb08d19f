import type { JSX } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { ScanImportControls } from './useScanImport';
import './scan-labels.css';

/** What the clerk says of the paper about to be imported: its kind, and the box or shelf it came from (kept on each dossier). */
export function ScanLabels({ job }: { job: ScanImportControls }): JSX.Element {
  const { t } = useI18n();
  return (
    <>
      <label className="scan-label">
        <span>{t('scan.kind')}</span>
        <select value={job.kind} onChange={(e) => job.setKind(e.target.value as typeof job.kind)} disabled={job.running} data-testid="scan-kind">
          <option value="vehicle">{t('scan.kind.vehicle')}</option>
          <option value="licence">{t('scan.kind.licence')}</option>
        </select>
      </label>
      <label className="scan-label" title={t('scan.boxHint')}>
        <span>{t('scan.box')}</span>
        <input
          value={job.box}
          maxLength={200}
          placeholder={t('scan.boxPlaceholder')}
          onChange={(e) => job.setBox(e.target.value)}
          disabled={job.running}
          data-testid="scan-box"
        />
      </label>
    </>
  );
}
