import type { JSX } from 'react';
import type { RecordFilter } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';

/** What the table says when it has no rows: how to get some, or that the filter matches none. */
export function EmptyTable({ filter }: { filter: RecordFilter }): JSX.Element {
  const { t } = useI18n();
  return (
    <div className="table-empty" data-testid="table-empty">
      {filter === 'with_issues' ? (
        <p>{t('table.emptyIssues')}</p>
      ) : (
        <>
          <p className="strong">{t('table.empty')}</p>
          <p className="muted">{t('table.emptyHint')}</p>
        </>
      )}
    </div>
  );
}
