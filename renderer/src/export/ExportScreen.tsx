import { useState, type JSX } from 'react';
import { PageHead } from '../components/PageHead';
import type { User } from '../../../preload/contract';
import { ErrorBanner } from '../components/ErrorBanner';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { BatchHistory } from './BatchHistory';
import { ExportConfirmDialog } from './ExportConfirmDialog';
import { ExportProgress } from './ExportProgress';
import { ExportResultCard } from './ExportResultCard';
import { LeadBanner } from './LeadBanner';
import { ReadyList } from './ReadyList';
import { useBatches } from './useBatches';
import type { ExportRun } from './useExportRun';
import { useExportPreview } from './useExportPreview';
import './export.css';

interface Props {
  user: User | null;
  onSignIn: () => void;
  run: ExportRun;
}

/** The lead's screen: choose resolved dossiers and a folder, confirm, watch the batch being written; verify past batches. */
export function ExportScreen({ user, onSignIn, run }: Props): JSX.Element {
  const { t } = useI18n();
  const preview = useExportPreview();
  const batches = useBatches(run.result?.batch ?? run.retired?.batch);
  const [confirming, setConfirming] = useState(false);
  const lead = user?.role === 'lead' ? user : null;
  const { chosen } = preview;

  const exportChosen = async (): Promise<void> => {
    if (run.folder || (await run.pickFolder())) setConfirming(true);
  };

  return (
    <section className="export-screen" aria-labelledby="export-title" data-testid="screen-export">
      <PageHead titleId="export-title" title={t('export.title')} lead={t('export.lead')} />
      {lead ? null : <LeadBanner user={user} onSignIn={onSignIn} />}
      {run.error ? <ErrorBanner message={run.error} onDismiss={run.dismiss} /> : null}
      {preview.error ? <ErrorBanner message={preview.error} /> : null}
      {run.cancelled ? (
        <p className="notice" role="status" data-testid="export-cancelled">
          {t('export.cancelled')}
        </p>
      ) : null}
      {run.running ? <ExportProgress progress={run.progress} cancelling={run.cancelling} onCancel={run.cancel} /> : null}
      {run.result ? <ExportResultCard result={run.result} onOpenFolder={run.openFolder} onDismiss={run.dismiss} /> : null}
      {run.retired ? <ExportResultCard result={run.retired} retired onOpenFolder={run.openFolder} onDismiss={run.dismiss} /> : null}
      <ReadyList preview={preview} />
      <div className="card export-action" role="group" aria-label={t('export.action.label')}>
        <div className="export-folder">
          <span className="muted small">{t('export.action.folder')}</span>
          <span className={run.folder ? 'mono' : 'muted'} data-testid="export-folder">
            {run.folder ?? t('export.action.noFolder')}
          </span>
        </div>
        <button type="button" className="btn" onClick={() => void run.pickFolder()} disabled={!lead || run.running} data-testid="export-pick-folder">
          <Icon name="file" size={16} />
          {t('export.action.pick')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void exportChosen()}
          disabled={!lead || run.running || chosen.ids.length === 0}
          data-testid="export-start"
        >
          <Icon name="export" size={16} />
          {t('export.action.start', { n: chosen.ids.length })}
        </button>
      </div>
      {/* A refused folder or batch is said beside the buttons the lead pressed, not at the top of the page. */}
      {run.refusal ? <ErrorBanner message={run.refusal} onDismiss={run.dismiss} /> : null}
      <BatchHistory batches={batches} />
      {confirming && lead && run.folder ? (
        <ExportConfirmDialog
          dossiers={chosen.ids.length}
          pages={chosen.pages}
          folder={run.folder}
          lead={lead.name}
          reexport={preview.reexport}
          onConfirm={() => void run.start(chosen.ids, preview.reexport)}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
