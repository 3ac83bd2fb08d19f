import { useCallback, useState, type JSX } from 'react';
import { PageHead } from '../components/PageHead';
import type { RecordFilter } from '../../../preload/contract';
import { errorMessage } from '../api';
import { ErrorBanner } from '../components/ErrorBanner';
import { useRecordStats } from '../hooks/useRecordStats';
import { useI18n } from '../i18n/I18nProvider';
import { FilterToggle } from './FilterToggle';
import { RecordDetailPanel } from './RecordDetailPanel';
import { RecordsTable } from './RecordsTable';
import { SearchBox } from './SearchBox';
import { ImportButtons, ImportOutcome } from './TableImport';
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

  const closeDetail = useCallback(() => {
    setSelected(null);
    document.querySelector<HTMLElement>('[data-testid="records-table"]')?.focus();
  }, []);

  return (
    <section className="records-screen" aria-labelledby="records-title" data-testid="screen-records">
      <PageHead titleId="records-title" title={t('records.title')} lead={stats ? t('records.summary', { total: stats.total, issues: stats.withIssues }) : '\u00a0'} leadTestId="records-summary">
        <ImportButtons job={job} label={t('records.import')} hint={t('records.importHint')} />
      </PageHead>

      <ImportOutcome job={job} />
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

    </section>
  );
}
