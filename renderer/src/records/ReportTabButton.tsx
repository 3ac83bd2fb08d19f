import type { JSX } from 'react';

export type ReportTab = 'rejected' | 'issues';

interface Props {
  id: ReportTab;
  current: ReportTab;
  onSelect: (tab: ReportTab) => void;
  label: string;
}

/** A tab of the import report; the arrow keys move between the two tabs, as in any tab list. */
export function ReportTabButton({ id, current, onSelect, label }: Props): JSX.Element {
  const selected = id === current;
  return (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={selected}
      aria-controls={`panel-${id}`}
      tabIndex={selected ? 0 : -1}
      className="tab"
      onClick={() => onSelect(id)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next: ReportTab = id === 'rejected' ? 'issues' : 'rejected';
          onSelect(next);
          document.getElementById(`tab-${next}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );
}
