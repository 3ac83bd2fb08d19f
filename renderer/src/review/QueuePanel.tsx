import { useMemo, type JSX } from 'react';
import type { FlagKind } from '../../../preload/contract';
import { VirtualList } from '../components/VirtualList';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import type { MessageKey } from '../i18n/translate';
import { QueueRow } from './QueueRow';
import type { QueueFilter, QueueStatus, ReviewQueue } from './useReviewQueue';
import './review-queue.css';

const STATUSES: QueueStatus[] = ['open', 'resolved', 'all'];
// Types only cross from the contract (zod stays out of the bundle), so the kinds are listed here.
const KINDS: FlagKind[] = ['mismatch', 'missing_in_record', 'missing_on_scan', 'unreadable', 'unmatched', 'duplicate', 'retired'];
const FIELDS = ['chassis', 'engine', 'plate', 'owner_id', 'owner_name', 'address', 'registered_on', 'licence_no', 'full_name', 'birth_date', 'class', 'issued_on', 'record', 'pages'];
const DOSSIER_KINDS = ['vehicle', 'licence'] as const;
const ROW_HEIGHT = 64;

interface Props {
  queue: ReviewQueue;
  index: number;
  onOpen: (index: number) => void;
  /** Offered when the loaded rows hold clean dossiers and the signed-in person may decide. */
  onBulk: (() => void) | null;
  cleanCount: number;
}

/** The queue, most severe first: status tabs with counts, kind and field filters, and the virtualised rows. */
export function QueuePanel({ queue, index, onOpen, onBulk, cleanCount }: Props): JSX.Element {
  const { t, n, locale } = useI18n();
  const { filter, counts } = queue;
  const total = queue.total ?? 0;
  const indices = useMemo(() => Array.from({ length: total }, (_, i) => i), [total]);
  const ensure = (i: number): void => void queue.ensure(i);
  const countOf = (s: QueueStatus): number | null => (counts ? (s === 'all' ? counts.open + counts.resolved : counts[s]) : null);
  return (
    <section className="queue-panel" aria-labelledby="queue-title" data-testid="review-queue">
      <h2 id="queue-title" className="sr-only">
        {t('review.queue')}
      </h2>
      <div className="queue-tabs" role="group" aria-label={t('review.filter.status')}>
        {STATUSES.map((s) => (
          <button key={s} type="button" className="btn btn-quiet" aria-pressed={filter.status === s} onClick={() => queue.setFilter({ status: s })} data-testid={`queue-status-${s}`}>
            {t(`review.status.${s}` as MessageKey)}
            {countOf(s) !== null ? <span className="count"> {n(countOf(s)!)}</span> : null}
          </button>
        ))}
      </div>
      <div className="queue-filters">
        <label>
          <span className="visually-hidden">{t('review.filter.dossierKind')}</span>
          <select value={filter.dossierKind} onChange={(e) => queue.setFilter({ dossierKind: e.target.value as QueueFilter['dossierKind'] })} data-testid="queue-dossier-kind">
            <option value="">{t('review.filter.anyDossierKind')}</option>
            {DOSSIER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`review.dossierKind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t('review.filter.kind')}</span>
          <select value={filter.kind} onChange={(e) => queue.setFilter({ kind: e.target.value as FlagKind | '' })} data-testid="queue-kind">
            <option value="">{t('review.filter.anyKind')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`review.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t('review.filter.field')}</span>
          <select value={filter.field} onChange={(e) => queue.setFilter({ field: e.target.value })} data-testid="queue-field">
            <option value="">{t('review.filter.anyField')}</option>
            {FIELDS.map((f) => (
              <option key={f} value={f}>
                {f === 'record' ? t('review.linkField') : f === 'pages' ? t('review.pagesField') : fieldLabel(f, t)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="queue-count small muted" data-testid="queue-total">
        {queue.total === null ? t('app.loading') : <QueueCaption total={total} moved={queue.moved()} filtered={Boolean(filter.kind || filter.field || filter.dossierKind)} status={filter.status} />}
        <button type="button" className="btn btn-quiet" onClick={queue.refresh} data-testid="queue-refresh">
          {t('review.refresh')}
        </button>
      </p>
      {onBulk && cleanCount > 0 ? (
        <button type="button" className="btn" onClick={onBulk} data-testid="bulk-open">
          {t('review.bulk.open', { n: cleanCount })}
        </button>
      ) : null}
      {queue.error ? <p className="error-text small">{engineText(queue.error, locale)}</p> : null}
      {queue.total === 0 ? <p className="muted queue-empty" data-testid="queue-empty">{t('review.queueEmpty')}</p> : null}
      <VirtualList
        items={indices}
        rowHeight={ROW_HEIGHT}
        className="queue-list"
        label={t('review.queue')}
        activeIndex={index}
        testId="queue-list"
        renderRow={(i) => <QueueRow index={i} item={queue.row(i)} current={i === index} ensure={ensure} onOpen={onOpen} />}
      />
    </section>
  );
}

/** How many dossiers the list holds, and how many of them were decided since it was fetched. */
function QueueCaption({ total, moved, filtered, status }: { total: number; moved: number; filtered: boolean; status: QueueStatus }): JSX.Element {
  const { t, n } = useI18n();
  const count = filtered ? t('review.queueCountFiltered', { n: n(total) }) : t('review.queueCount', { n: n(total) });
  if (moved === 0) return <>{count}</>;
  return <>{t(status === 'open' ? 'review.queueMovedOpen' : 'review.queueMovedResolved', { count, k: n(moved), left: n(total - moved) })}</>;
}
