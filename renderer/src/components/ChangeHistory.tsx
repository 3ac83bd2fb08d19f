import type { JSX } from 'react';
import type { RecordDetail } from '../../../preload/contract';
import { formatDate, formatDateTime } from '../format';
import { engineText } from '../i18n/engine-text';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';
import './change-history.css';

/** One earlier version of a record or a licence, as the engine keeps it. */
export type HistoryEntry = RecordDetail['history'][number];

/**
 * The change history of a row the station keeps (a vehicle record on the Records screen, a driving licence on the
 * Licences screen): each earlier version, newest first, when and from which import or decision, and every field that
 * changed, before → after. Dates are written the reader's way; only serials (`serials`) are set in monospace.
 */
export function ChangeHistory({
  history,
  current,
  serials,
}: {
  history: readonly HistoryEntry[];
  /** The row as it is now: the newest version's changes lead to it. */
  current: Readonly<Record<string, unknown>>;
  serials: ReadonlySet<string>;
}): JSX.Element {
  const { t, locale } = useI18n();
  const shown = (value: string | null): string => (value === null ? t('detail.empty') : formatDate(value, locale));
  return (
    <>
      <h3>
        {t('detail.history')} <span className="count-pill">{history.length}</span>
      </h3>
      {history.length === 0 ? (
        <p className="muted">{t('detail.noHistory')}</p>
      ) : (
        <ol className="history" data-testid="change-history">
          {history.map((entry, i) => (
            <li key={i}>
              <div className="history-head">
                <Icon name="history" size={14} />
                <time dateTime={entry.changed_at}>{formatDateTime(entry.changed_at, locale)}</time>
              </div>
              <p className="muted small">{t('detail.source', { source: engineText(entry.text ?? entry.source, locale) })}</p>
              <p className="small">{t('detail.previous')}</p>
              <dl className="history-values">
                {changes(entry.values, i === 0 ? current : history[i - 1]!.values).map(([field, before, after]) => (
                  <div key={field}>
                    <dt>{fieldLabel(field, t)}</dt>
                    <dd className={serials.has(field) ? 'mono' : undefined}>
                      <del>{shown(before)}</del>
                      <span aria-hidden="true"> → </span>
                      <ins>{shown(after)}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** Fields whose value differs between a version and the next newer one: [field, before, after]. */
function changes(before: Record<string, string | null>, after: Readonly<Record<string, unknown>>): [string, string | null, string | null][] {
  return Object.entries(before).flatMap(([field, value]) => {
    const next = after[field];
    const nextText = typeof next === 'string' ? next : null;
    return value === nextText ? [] : [[field, value, nextText] as [string, string | null, string | null]];
  });
}
