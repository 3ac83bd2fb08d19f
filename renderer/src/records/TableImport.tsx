import type { JSX } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { Icon } from '../components/Icon';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import { ImportProgress } from './ImportProgress';
import { ImportReportDialog } from './ImportReportDialog';
import type { ImportControls } from './useImport';

/**
 * A screen's import of a table file, in its heading: the import button (and, once an import ended, its last report)
 * with below it what the import does — its progress, a refusal said right under the button, and the report with
 * the counts and each rejected row named by file and row. Records, Owners, Self-declarations and Licences use it.
 */
export function ImportButtons({ job, label, hint }: { job: ImportControls; label: string; hint: string }): JSX.Element {
  const { t } = useI18n();
  return (
    <>
      {job.report && !job.running ? (
        <button type="button" className="btn" onClick={job.openReport} data-testid="open-report">
          <Icon name="report" size={16} />
          {t('records.lastReport')}
        </button>
      ) : null}
      <button type="button" className="btn btn-primary" onClick={() => void job.start()} disabled={job.running} title={hint} data-testid="import-button">
        <Icon name="import" size={16} />
        {label}
      </button>
    </>
  );
}

/** The running import's progress, its refusal and its report (see ImportButtons); placed right under the heading. */
export function ImportOutcome({ job }: { job: ImportControls }): JSX.Element {
  const { t } = useI18n();
  return (
    <>
      {job.running ? <ImportProgress progress={job.progress} cancelling={job.cancelling} onCancel={job.cancel} /> : null}
      {job.error ? <ErrorBanner message={job.error} onDismiss={job.dismissError} /> : null}
      {job.reportOpen && job.report ? (
        <ImportReportDialog report={job.report} files={job.files} keyLabel={fieldLabel(job.importer.keyField, t)} onClose={job.closeReport} />
      ) : null}
    </>
  );
}
