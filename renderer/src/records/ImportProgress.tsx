import type { JSX } from 'react';
import type { JobProgress } from '../../../preload/contract';
import { JobProgressCard } from '../components/JobProgressCard';
import { useI18n } from '../i18n/I18nProvider';
import './import-progress.css';

interface Props {
  progress: JobProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** The running import: a bar for bytes read, then rows, speed and time left as the engine reports them. */
export function ImportProgress({ progress, cancelling, onCancel }: Props): JSX.Element {
  const { t } = useI18n();
  const text = {
    title: t('progress.title'),
    opening: t('progress.opening'),
    label: t('progress.label'),
    cancel: t('progress.cancel'),
    cancelling: t('progress.cancelling'),
  };
  return (
    <JobProgressCard progress={progress} cancelling={cancelling} onCancel={onCancel} text={text} testId="import-progress" cancelTestId="import-cancel">
      <span>{t('progress.rows', { n: progress?.items ?? 0 })}</span>
      <span>{t('progress.rate', { n: progress?.itemsPerSecond ?? 0 })}</span>
    </JobProgressCard>
  );
}
