import { useEffect, type JSX } from 'react';
import type { QueueItem } from '../../../preload/contract';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';

interface Props {
  index: number;
  item: QueueItem | undefined;
  current: boolean;
  ensure: (index: number) => void;
  onOpen: (index: number) => void;
}

/** One queue row: dossier, plate, its most severe open flag and how many remain; fetches its window when drawn empty. */
export function QueueRow({ index, item, current, ensure, onOpen }: Props): JSX.Element {
  const { t } = useI18n();
  useEffect(() => {
    if (!item) ensure(index);
  }, [item, index, ensure]);
  if (!item) return <div className="queue-row placeholder muted">…</div>;
  return (
    <button
      type="button"
      className="queue-row"
      aria-current={current ? 'true' : undefined}
      onClick={() => onOpen(index)}
      data-testid="queue-row"
      data-dossier={item.id}
      data-status={item.status}
      tabIndex={-1}
    >
      <span className="q-main">
        <span className="mono strong">{item.id}</span>
        <span className="mono muted small">{item.plate ?? '—'}</span>
      </span>
      <span className="q-flag small">
        {item.top ? `${item.top.field === 'record' ? t('review.linkField') : fieldLabel(item.top.field, t)} · ${t(`review.kind.${item.top.kind}` as MessageKey)}` : '—'}
      </span>
      <span className="q-state small">
        {item.status === 'resolved' ? (
          <span className="chip chip-good">{t('scan.status.resolved')}</span>
        ) : (
          <span className="chip chip-warn">{t('review.openCount', { n: item.open })}</span>
        )}
        {item.clean && item.status !== 'resolved' ? <span className="chip chip-neutral">{t('review.clean')}</span> : null}
      </span>
    </button>
  );
}
