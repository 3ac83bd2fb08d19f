import { useEffect, useRef, type JSX } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { RecordDetailContent } from './RecordDetailContent';
import { useRecordDetail } from './useRecordDetail';

interface Props {
  recordId: string;
  /** Move the keyboard focus to the panel (opened from search); from the table the focus stays there. */
  takeFocus: boolean;
  version: number;
  onClose: () => void;
}

/** Side panel with every field of one record, its data-quality issues and its change history. */
export function RecordDetailPanel({ recordId, takeFocus, version, onClose }: Props): JSX.Element {
  const { t } = useI18n();
  const state = useRecordDetail(recordId, version);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [recordId, takeFocus]);

  return (
    <aside
      className="detail-panel"
      aria-labelledby="detail-title"
      data-testid="record-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="detail-head">
        <div>
          <p className="eyebrow">{t('detail.label')}</p>
          <h2 id="detail-title" ref={heading} tabIndex={-1} className="mono">
            {recordId}
          </h2>
        </div>
        <button type="button" className="icon-btn" aria-label={t('detail.close')} onClick={onClose} data-testid="detail-close">
          <Icon name="close" />
        </button>
      </header>
      <div className="detail-body">
        {state.status === 'loading' ? <p className="muted">{t('detail.loading')}</p> : null}
        {state.status === 'missing' ? <p className="muted">{t('detail.notFound', { id: recordId })}</p> : null}
        {state.status === 'error' ? <p className="error-text">{state.message}</p> : null}
        {state.status === 'ready' ? <RecordDetailContent record={state.record} /> : null}
      </div>
    </aside>
  );
}
