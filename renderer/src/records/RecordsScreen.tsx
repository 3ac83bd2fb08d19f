import { useCallback, useEffect, useState, type JSX } from 'react';
import { PageHead } from '../components/PageHead';
import type { RecordFilter } from '../../../preload/contract';
import { errorMessage } from '../api';
import { ErrorBanner } from '../components/ErrorBanner';
import { Icon } from '../components/Icon';
import { useRecordStats } from '../hooks/useRecordStats';
import { useI18n } from '../i18n/I18nProvider';
import { FilterToggle } from './FilterToggle';
import { ImportProgress } from './ImportProgress';
import { ImportReportDialog } from './ImportReportDialog';
import { RecordDetailPanel } from './RecordDetailPanel';
import { RecordsTable } from './RecordsTable';
import { SearchBox } from './SearchBox';
import type { ImportControls } from './useImport';
import './records.css';

/** Import the station's records, look one up, browse them all, and open one with its history. */
export function RecordsScreen({ searchRequest, job }: { searchRequest: number; job: ImportControls }): JSX.Element {
  const { t } = useI18n();
  const { stats, version, error: statsError } = useRecordStats();
  const [filter, setFilter] = useState<RecordFilter>('all');
  // The open record, and whether the panel takes the focus (from search) or leaves it in the table.
  const [selected, setSelected] = useState<{ id: string; focus: boolean } | null>(null);
  const openFromSearch = useCallback((id: string) => setSelected({ id, focus: true }), []);
  const openFromTable = useCallback((id: string) => setSelected({ id, focus: false }), []);
  const [reportOpen, setReportOpen] = useState(false);

  // A new report opens by itself once, even if the import ended on another screen; then the button brings it back.
  const { reportUnseen, markReportSeen } = job;
  useEffect(() => {
    if (!reportUnseen) return;
    markReportSeen();
    setReportOpen(true);
  }, [reportUnseen, markReportSeen]);

  const closeDetail = useCallback(() => {
    setSelected(null);
    document.querySelector<HTMLElement>('[data-testid="records-table"]')?.focus();
  }, []);

  return (
    <section className="records-screen" aria-labelledby="records-title" data-testid="screen-records">
      <PageHead titleId="records-title" title={t('records.title')} lead={stats ? t('records.summary', { total: stats.total, issues: stats.withIssues }) : '\u00a0'} leadTestId="records-summary">
        {job.report && !job.running ? (
          <button type="button" className="btn" onClick={() => setReportOpen(true)} data-testid="open-report">
            <Icon name="report" size={16} />
            {t('records.lastReport')}
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void job.start()}
          disabled={job.running}
          title={t('records.importHint')}
          data-testid="import-button"
        >
          <Icon name="import" size={16} />
          {t('records.import')}
        </button>
      </PageHead>

      {job.running ? <ImportProgress progress={job.progress} cancelling={job.cancelling} onCancel={job.cancel} /> : null}
      {job.error ? <ErrorBanner message={job.error} onDismiss={job.dismissError} /> : null}
      {statsError && !stats ? <ErrorBanner message={errorMessage(statsError)} /> : null}

      <div className="toolbar">
        <SearchBox focusRequest={searchRequest} onOpen={openFromSearch} />
        <FilterToggle value={filter} stats={stats} onChange={setFilter} />
      </div>

      <div
        className={selected ? 'records-body with-detail' : 'records-body'}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && selected) {
            e.preventDefault();
            closeDetail();
          }
        }}
      >
        <RecordsTable filter={filter} version={version} selectedId={selected?.id ?? null} onOpen={openFromTable} />
        {selected ? (
          <RecordDetailPanel recordId={selected.id} takeFocus={selected.focus} version={version} onClose={closeDetail} />
        ) : null}
      </div>

      {reportOpen && job.report ? <ImportReportDialog report={job.report} files={job.files} onClose={() => setReportOpen(false)} /> : null}
    </section>
  );
}
