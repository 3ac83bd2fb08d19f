import { useEffect, useRef, type JSX } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { StoredSettings } from '../settings/useStoredSettings';
import type { ScanImportControls } from './useScanImport';
import './scan-labels.css';

/**
 * What the clerk says of the paper about to be imported: its kind, and the box or shelf it came from (kept on each
 * dossier). The choice is the station's (settings scanKind, scanBox): a scanner batch and the watched folder —
 * the app's and `sohoa scan watch`'s — import with it too, and it is still there after a restart.
 */
export function ScanLabels({ job, stored }: { job: ScanImportControls; stored: StoredSettings }): JSX.Element {
  const { t } = useI18n();
  const { settings, update } = stored;
  const loaded = useRef(false);
  useEffect(() => {
    if (!settings || loaded.current) return;
    loaded.current = true;
    job.setKind(settings.scanKind ?? 'vehicle');
    job.setBox(settings.scanBox ?? '');
  }, [settings, job]);
  const keepBox = (): void => {
    const box = job.box.trim() || null;
    if (box !== (settings?.scanBox ?? null)) update({ scanBox: box });
  };
  return (
    <>
      <label className="scan-label" title={t('scan.kindHint')}>
        <span>{t('scan.kind')}</span>
        <select
          value={job.kind}
          onChange={(e) => {
            const kind = e.target.value as typeof job.kind;
            job.setKind(kind);
            update({ scanKind: kind });
          }}
          disabled={job.running}
          data-testid="scan-kind"
        >
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
          onBlur={keepBox}
          disabled={job.running}
          data-testid="scan-box"
        />
      </label>
    </>
  );
}
