import { useCallback, useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { RecordFilter, StationRecord } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import { TABLE_COLUMNS } from './records-table-columns';
import { EmptyTable } from './EmptyTable';
import { RecordRow, rowDomId } from './RecordRow';
import { HEAD_HEIGHT, ROW_HEIGHT, clamp, revealRow, visibleRows } from './tableGeometry';
import { useRecordPages } from './useRecordPages';
import { useScaledScroll } from './useScaledScroll';
import './records-table.css';

interface Props {
  filter: RecordFilter;
  /** Bumped whenever the engine reports changed records. */
  version: number;
  /** The record shown in the detail panel; while one is shown, the panel follows the active row. */
  selectedId: string | null;
  onOpen: (recordId: string) => void;
}

/**
 * The station's records in import order: fixed 32 px rows, only the visible ones in the DOM, fetched in
 * pages of 200, smooth through a million rows (see tableGeometry.ts for the scaled scrollbar).
 */
export function RecordsTable({ filter, version, selectedId, onOpen }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const { total, row, want, error } = useRecordPages(filter, version);
  const count = total ?? 0;
  const scroll = useScaledScroll(scroller, count);
  const [active, setActive] = useState<number | null>(null);
  const { scrollToVirtual } = scroll;
  const view = visibleRows(count, scroll.virtualTop, scroll.bodyHeight);

  useEffect(() => {
    want(view.first, Math.max(view.first, view.first + view.count - 1));
  }, [view.first, view.count, want]);

  // A different filter is a different list: start again at the top.
  useEffect(() => {
    setActive(null);
    scrollToVirtual(0);
  }, [filter, scrollToVirtual]);

  useEffect(() => {
    if (active !== null && active >= count) setActive(count > 0 ? count - 1 : null);
  }, [active, count]);

  // Master–detail: with the panel open, moving through the table shows each record in turn.
  const activeId = active === null ? undefined : row(active)?.record_id;
  const following = selectedId !== null;
  useEffect(() => {
    if (following && activeId && activeId !== selectedId) onOpen(activeId);
    // Only a move of the active row switches the panel; opening a record from search must not.
  }, [activeId]);

  const moveTo = (index: number): void => {
    if (count === 0) return;
    const target = clamp(index, 0, count - 1);
    setActive(target);
    scrollToVirtual(revealRow(target, scroll.virtualTop, scroll.bodyHeight));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const page = Math.max(1, Math.floor(scroll.bodyHeight / ROW_HEIGHT) - 1);
    const current = active ?? view.first;
    const moves: Record<string, number> = {
      ArrowDown: current + (active === null ? 0 : 1),
      ArrowUp: current - (active === null ? 0 : 1),
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: count - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key] as number);
    } else if ((e.key === 'Enter' || e.key === ' ') && active !== null) {
      e.preventDefault();
      const record = row(active);
      if (record) onOpen(record.record_id);
    }
  };

  const onRowClick = useCallback(
    (index: number, record: StationRecord | undefined): void => {
      setActive(index);
      if (record) onOpen(record.record_id);
    },
    [onOpen],
  );

  const rows: JSX.Element[] = [];
  for (let i = 0; i < view.count; i++) {
    const index = view.first + i;
    const record = row(index);
    rows.push(
      <RecordRow
        key={index}
        index={index}
        record={record}
        top={i * ROW_HEIGHT - view.offset}
        active={index === active}
        selected={record !== undefined && record.record_id === selectedId}
        onClick={onRowClick}
      />,
    );
  }
  const activeRendered = active !== null && active >= view.first && active < view.first + view.count;
  const position = active ?? (count > 0 ? view.first : -1);

  return (
    <div className="records-table">
      <div
        ref={scroller}
        className="table-scroller"
        role="grid"
        aria-label={t('table.label')}
        aria-rowcount={count + 1}
        aria-colcount={TABLE_COLUMNS.length}
        aria-activedescendant={activeRendered ? rowDomId(active) : undefined}
        tabIndex={0}
        data-testid="records-table"
        data-total={count}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (active === null && count > 0) setActive(view.first);
        }}
      >
        <div className="table-head" role="row" aria-rowindex={1} style={{ height: HEAD_HEIGHT }}>
          {TABLE_COLUMNS.map((c) => (
            <span key={c.field} role="columnheader" className={c.col}>
              {t(c.label)}
            </span>
          ))}
        </div>
        <div className="table-spacer" style={{ height: scroll.spacerHeight }}>
          <div className="table-window" style={{ height: Math.min(scroll.bodyHeight, scroll.spacerHeight), top: HEAD_HEIGHT }}>
            {rows}
          </div>
        </div>
        {total === 0 ? <EmptyTable filter={filter} /> : null}
      </div>
      <div className="table-status">
        <span data-testid="table-position">
          {position >= 0 ? t('table.position', { row: position + 1, total: count }) : '\u00a0'}
        </span>
        {error ? <span className="error-text">{engineText(error, locale)}</span> : <span className="muted">{t('table.keys')}</span>}
      </div>
    </div>
  );
}
