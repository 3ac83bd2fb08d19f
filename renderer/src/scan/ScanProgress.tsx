import type { JSX } from 'react';
import type { JobProgress } from '../../../preload/contract';
import { JobProgressCard } from '../components/JobProgressCard';
import { useI18n } from '../i18n/I18nProvider';
import { progressLabel } from '../i18n/progress-label';

/** The running scan import: pages through OCR out of the total, and the time left as the engine estimates it. */
export function ScanProgress({
  progress,
  cancelling,
  onCancel,
}: {
  progress: JobProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}): JSX.Element {
  const { t } = useI18n();
  const text = {
    title: t('scan.progressTitle'),
    opening: t('scan.progressOpening'),
    label: t('scan.progressLabel'),
    cancel: t('scan.cancel'),
    cancelling: t('scan.cancelling'),
  };
  return (
    <JobProgressCard progress={progress} cancelling={cancelling} onCancel={onCancel} text={text} testId="scan-progress" cancelTestId="scan-cancel" labelOf={(label) => progressLabel(label, t)}>
      <span data-testid="scan-progress-pages">
        {progress?.total != null ? t('scan.progressPages', { done: progress.done, total: progress.total }) : t('scan.progressCounting')}
      </span>
    </JobProgressCard>
  );
}
