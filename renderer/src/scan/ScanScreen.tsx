import { useCallback, useState, type JSX } from 'react';
import { PageHead } from '../components/PageHead';
import { ErrorBanner } from '../components/ErrorBanner';
import { Icon } from '../components/Icon';
import type { ScanSourceKind } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';
import { DossierList } from './DossierList';
import { DossierPages } from './DossierPages';
import { DevicePanel } from './DevicePanel';
import { HotFolderToggle } from './HotFolderToggle';
import { SeparatorSheetsButton } from './SeparatorSheetsButton';
import { SourcePicker } from './SourcePicker';
import { ScanLabels } from './ScanLabels';
import { ScanPlanCard } from './ScanPlanCard';
import { ScanProgress } from './ScanProgress';
import { ScanResult } from './ScanResult';
import { useDossiers } from './useDossiers';
import type { ScanImportControls } from './useScanImport';
import { useScanPrefs } from './useScanPrefs';
import { useStoredSettings } from '../settings/useStoredSettings';
import './scan.css';

/** The clerk's screen: bring in scanned files or folders, watch OCR progress, see each dossier's state and pages. */
export function ScanScreen({ job }: { job: ScanImportControls }): JSX.Element {
  const { t } = useI18n();
  const list = useDossiers();
  const [selected, setSelected] = useState<string | null>(null);
  const stored = useStoredSettings();
  const { prefs, change } = useScanPrefs(stored);
  const scanDevice = (scanner: { source: ScanSourceKind; id: string }): void => {
    if (!prefs) return;
    void job.startDevice({ source: scanner.source, device: scanner.id, resolution: prefs.resolution, mode: prefs.mode, adf: prefs.adf });
  };
  const busy = job.running || (job.progress !== null && !job.progress.finished);
  const created = job.report?.created;
  const failed = created ? list.rows.filter((d) => d.status === 'failed' && created.includes(d.id)).length : 0;

  const close = useCallback(() => {
    const id = selected;
    setSelected(null);
    if (id) document.querySelector<HTMLElement>(`[data-dossier="${CSS.escape(id)}"]`)?.focus();
  }, [selected]);

  return (
    <section className="scan-screen" aria-labelledby="scan-title" data-testid="screen-scan">
      <PageHead titleId="scan-title" title={t('scan.title')} lead={t('scan.lead')}>
        {prefs ? <SourcePicker value={prefs.origin} onChange={(origin) => change({ origin })} disabled={job.running} /> : null}
        <label className="check" title={t('scan.stackHint')}>
          <input
            type="checkbox"
            checked={job.stack}
            onChange={(e) => job.setStack(e.target.checked)}
            disabled={job.running}
            data-testid="scan-stack"
          />
          <span>{t('scan.stack')}</span>
        </label>
        <ScanLabels job={job} stored={stored} />
        {prefs?.origin === 'folder' ? (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void job.start('scan-folder')}
            disabled={job.running}
            data-testid="scan-folder-button"
          >
            <Icon name="file" size={16} />
            {t('scan.pickFolder')}
          </button>
        ) : null}
        {prefs?.origin === 'files' ? (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void job.start('scans')}
            disabled={job.running}
            title={t('scan.pickFilesHint')}
            data-testid="scan-files-button"
          >
            <Icon name="scan" size={16} />
            {t('scan.pickFiles')}
          </button>
        ) : null}
      </PageHead>
      <div className="scan-sources">
        {prefs?.origin === 'device' ? (
          <DevicePanel prefs={prefs} onChange={change} onScan={scanDevice} running={job.running} />
        ) : null}
        <HotFolderToggle stored={stored} />
        <SeparatorSheetsButton />
      </div>

      {job.pending && !busy ? (
        <ScanPlanCard pending={job.pending} stack={job.stack} onStack={job.setStack} onConfirm={() => void job.confirm()} onCancel={job.cancelPending} />
      ) : null}
      {busy ? <ScanProgress progress={job.progress} cancelling={job.cancelling} onCancel={job.cancel} /> : null}
      {job.stopped ? (
        <div className="banner banner-warn scan-stopped" role="status" data-testid="scan-stopped">
          <Icon name="warning" size={18} />
          <span className="banner-text">{t('scan.stopped', { n: job.stopped.queued })}</span>
          <button type="button" className="icon-btn" aria-label={t('error.dismiss')} onClick={job.dismissStopped}>
            <Icon name="close" size={16} />
          </button>
        </div>
      ) : null}
      {job.error ? <ErrorBanner message={job.error} onDismiss={job.dismissError} /> : null}
      {job.report && !job.running ? <ScanResult report={job.report} failed={failed} onDismiss={job.dismissReport} /> : null}
      {list.error ? <ErrorBanner message={list.error} /> : null}

      <div className="records-body scan-body">
        <DossierList list={list} selectedId={selected} onOpen={setSelected} />
        {selected ? <DossierPages key={selected} id={selected} version={list.version} onClose={close} /> : null}
      </div>
    </section>
  );
}
