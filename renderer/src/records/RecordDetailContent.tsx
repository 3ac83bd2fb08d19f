import type { JSX } from 'react';
import type { RecordDetail } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { RECORD_FIELDS } from '../../../preload/record-fields';
import { formatDate, formatDateTime } from '../format';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';

const MONO = new Set(['record_id', 'plate', 'chassis', 'engine', 'owner_id']);

/** Every field (flagging those with issues), the data-quality issues and the change history of one record. */
export function RecordDetailContent({ record }: { record: RecordDetail }): JSX.Element {
  const { t, locale } = useI18n();
  const flagged = new Set<string>(record.issues.map((i) => i.field));
  return (
    <>
      <section className="detail-section">
        <h3>{t('detail.fields')}</h3>
        <dl className="field-list">
          {RECORD_FIELDS.map((f) => (
            <div key={f} className={flagged.has(f) ? 'field-row flagged' : 'field-row'}>
              <dt>{t(`field.${f}`)}</dt>
              <dd className={MONO.has(f) ? 'mono' : undefined}>
                {displayValue(record[f], f === 'registered_on', locale) ?? <span className="nil">{t('detail.empty')}</span>}
                {flagged.has(f) ? <Icon name="warning" size={14} className="warn-icon" /> : null}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="detail-section">
        <h3>
          {t('detail.issues')} <span className="count-pill">{record.issues.length}</span>
        </h3>
        {record.issues.length === 0 ? (
          <p className="muted">{t('detail.noIssues')}</p>
        ) : (
          <ul className="issue-list" data-testid="detail-issues">
            {record.issues.map((issue, i) => (
              <li key={i}>
                <Icon name="warning" size={16} className="warn-icon" />
                <div>
                  <strong>{t(`field.${issue.field}`)}</strong>
                  <p>{engineText(issue.text ?? issue.message, locale)}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="detail-section">
        <h3>
          {t('detail.history')} <span className="count-pill">{record.history.length}</span>
        </h3>
        {record.history.length === 0 ? (
          <p className="muted">{t('detail.noHistory')}</p>
        ) : (
          <ol className="history">
            {record.history.map((entry, i) => (
              <li key={i}>
                <div className="history-head">
                  <Icon name="history" size={14} />
                  <time dateTime={entry.changed_at}>{formatDateTime(entry.changed_at, locale)}</time>
                </div>
                <p className="muted small">{t('detail.source', { source: engineText(entry.text ?? entry.source, locale) })}</p>
                <p className="small">{t('detail.previous')}</p>
                <dl className="history-values">
                  {changes(entry.values, i === 0 ? record : record.history[i - 1]!.values).map(([field, before, after]) => (
                    <div key={field}>
                      <dt>{fieldLabel(field, t)}</dt>
                      <dd className="mono">
                        <del>{before ?? t('detail.empty')}</del>
                        <span aria-hidden="true"> → </span>
                        <ins>{after ?? t('detail.empty')}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function displayValue(value: string | null, isDate: boolean, locale: 'vi' | 'en'): string | null {
  return value !== null && isDate ? formatDate(value, locale) : value;
}

/** Fields whose value differs between a version and the next newer one: [field, before, after]. */
function changes(before: Record<string, string | null>, after: Record<string, unknown>): [string, string | null, string | null][] {
  return Object.entries(before).flatMap(([field, value]) => {
    const next = after[field];
    const nextText = typeof next === 'string' ? next : null;
    return value === nextText ? [] : [[field, value, nextText] as [string, string | null, string | null]];
  });
}
