import type { JSX } from 'react';
import type { KeyedImportReport } from '../../../preload/contract';
import { VirtualList } from '../components/VirtualList';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import { REPORT_ROW_HEIGHT } from './RejectedTable';

/** Rows that were stored as they are, with the format rules they break; each named by its key (`keyLabel` heads it). */
export function IssuesTable({ issues, keyLabel }: { issues: KeyedImportReport['issues']; keyLabel: string }): JSX.Element {
  const { t, locale } = useI18n();
  if (issues.length === 0) return <p className="empty-note">{t('report.noIssues')}</p>;
  return (
    <div className="report-table cols-issues" role="table" aria-label={t('report.tabIssues', { n: issues.length })} aria-rowcount={issues.length + 1}>
      <div className="rt-head" role="row" aria-rowindex={1}>
        <span role="columnheader">{keyLabel}</span>
        <span role="columnheader">{t('report.col.field')}</span>
        <span role="columnheader">{t('report.col.message')}</span>
      </div>
      <VirtualList
        items={issues}
        rowHeight={REPORT_ROW_HEIGHT}
        label={t('report.tabIssues', { n: issues.length })}
        className="rt-body"
        renderRow={(issue) => (
          <>
            <span role="cell" className="mono ellipsis">{issue.key}</span>
            <span role="cell" className="ellipsis">{fieldLabel(issue.field, t)}</span>
            <span role="cell" className="clamp-2" title={engineText(issue.text ?? issue.message, locale)}>{engineText(issue.text ?? issue.message, locale)}</span>
          </>
        )}
      />
    </div>
  );
}
