import type { JSX } from 'react';
import type { RecordFilter } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';
import type { RecordStats } from '../hooks/useRecordStats';

interface Props {
  value: RecordFilter;
  stats: RecordStats | null;
  onChange: (filter: RecordFilter) => void;
}

/** "All / with data-quality issues", each with its count. */
export function FilterToggle({ value, stats, onChange }: Props): JSX.Element {
  const { t, n } = useI18n();
  const options: { id: RecordFilter; label: string; count: number | undefined }[] = [
    { id: 'all', label: t('records.filterAll'), count: stats?.total },
    { id: 'with_issues', label: t('records.filterIssues'), count: stats?.withIssues },
  ];
  return (
    <div className="segmented" role="group" aria-label={t('records.filterLabel')}>
      {options.map((o) => (
        <button
          key={o.id}
          type="button"
          className={o.id === 'with_issues' ? 'seg seg-warn' : 'seg'}
          aria-pressed={value === o.id}
          data-testid={`filter-${o.id}`}
          onClick={() => onChange(o.id)}
        >
          {o.label}
          <span className="seg-count">{o.count === undefined ? '…' : n(o.count)}</span>
        </button>
      ))}
    </div>
  );
}
