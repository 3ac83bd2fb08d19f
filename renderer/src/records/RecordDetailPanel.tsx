import type { JSX } from 'react';
import { SidePanel } from '../components/SidePanel';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import { RecordDetailContent } from './RecordDetailContent';
import { useRecordDetail } from './useRecordDetail';
import './record-detail.css';

interface Props {
  recordId: string;
  /** Move the keyboard focus to the panel (opened from search); from the table the focus stays there. */
  takeFocus: boolean;
  version: number;
  onClose: () => void;
}

/** Side panel with every field of one record, its data-quality issues and its change history. */
export function RecordDetailPanel({ recordId, takeFocus, version, onClose }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const state = useRecordDetail(recordId, version);
  return (
    <SidePanel
      label={t('detail.label')}
      title={recordId}
      closeLabel={t('detail.close')}
      onClose={onClose}
      takeFocus={takeFocus}
      testId="record-detail"
    >
      {state.status === 'loading' ? <p className="muted">{t('detail.loading')}</p> : null}
      {state.status === 'missing' ? <p className="muted">{t('detail.notFound', { id: recordId })}</p> : null}
      {state.status === 'error' ? <p className="error-text">{engineText(state.message, locale)}</p> : null}
      {state.status === 'ready' ? <RecordDetailContent record={state.record} /> : null}
    </SidePanel>
  );
}
