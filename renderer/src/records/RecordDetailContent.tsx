import type { JSX } from 'react';
import type { RecordDetail } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { RECORD_FIELDS } from '../../../preload/record-fields';
import { ChangeHistory } from '../components/ChangeHistory';
import { IssueList } from '../components/IssueList';
import { formatDate } from '../format';
import { useI18n } from '../i18n/I18nProvider';

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
        <IssueList issues={record.issues} testId="detail-issues" />
      </section>
      <section className="detail-section">
        <ChangeHistory history={record.history} current={record} serials={MONO} />
      </section>
    </>
  );
}

function displayValue(value: string | null, isDate: boolean, locale: 'vi' | 'en'): string | null {
  return value !== null && isDate ? formatDate(value, locale) : value;
}
