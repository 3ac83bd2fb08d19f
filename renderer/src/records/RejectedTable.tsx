import type { JSX } from 'react';
import type { ImportReport } from '../../../preload/contract';
import { VirtualList } from '../components/VirtualList';
import { baseName } from '../format';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';

export const REPORT_ROW_HEIGHT = 44;

/** Rows the import could not store, and files it could not read (row "whole file"). */
export function RejectedTable({ errors }: { errors: ImportReport['errors'] }): JSX.Element {
  const { t, n, locale } = useI18n();
  if (errors.length === 0) return <p className="empty-note">{t('report.noRejected')}</p>;
  return (
    <div className="report-table cols-rejected" role="table" aria-label={t('report.tabRejected', { n: errors.length })} aria-rowcount={errors.length + 1}>
      <div className="rt-head" role="row" aria-rowindex={1}>
        <span role="columnheader">{t('report.col.file')}</span>
        <span role="columnheader" className="num">{t('report.col.row')}</span>
        <span role="columnheader">{t('report.col.field')}</span>
        <span role="columnheader">{t('report.col.message')}</span>
      </div>
      <VirtualList
        items={errors}
        rowHeight={REPORT_ROW_HEIGHT}
        label={t('report.tabRejected', { n: errors.length })}
        className="rt-body"
        renderRow={(error) => (
          <>
            <span role="cell" className="ellipsis" title={error.file}>{baseName(error.file)}</span>
            <span role="cell" className="num">{error.row === null ? t('report.wholeFile') : n(error.row)}</span>
            <span role="cell" className="ellipsis">{fieldLabel(error.field, t)}</span>
            <span role="cell" className="clamp-2" title={engineText(error.text ?? error.message, locale)}>{engineText(error.text ?? error.message, locale)}</span>
          </>
        )}
      />
    </div>
  );
}
