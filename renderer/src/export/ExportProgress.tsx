import type { JSX } from 'react';
import type { JobProgress } from '../../../preload/contract';
import { JobProgressCard } from '../components/JobProgressCard';
import { useI18n } from '../i18n/I18nProvider';
import { progressLabel } from '../i18n/progress-label';

/** The batch being written: pages done out of the total, and the time left as the engine estimates it. */
export function ExportProgress({ progress, cancelling, onCancel }: { progress: JobProgress | null; cancelling: boolean; onCancel: () => void }): JSX.Element {
  const { t } = useI18n();
  const text = {
    title: t('export.progress.title'),
    opening: t('export.progress.opening'),
    label: t('export.progress.label'),
    cancel: t('export.progress.cancel'),
    cancelling: t('export.progress.cancelling'),
  };
  return (
    <JobProgressCard progress={progress} cancelling={cancelling} onCancel={onCancel} text={text} testId="export-progress" cancelTestId="export-cancel" labelOf={(label) => progressLabel(label, t)}>
      <span data-testid="export-progress-pages">
        {progress?.total != null ? t('export.progress.pages', { done: progress.done, total: progress.total }) : t('export.progress.counting')}
      </span>
    </JobProgressCard>
  );
}
