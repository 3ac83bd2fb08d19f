import { useEffect, useRef, useState, type JSX, type ReactNode } from 'react';
import { useElementHeight } from '../hooks/useElementHeight';

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  renderRow: (item: T, index: number) => ReactNode;
  className?: string;
  label: string;
  /** Rows drawn above and below the visible ones, so fast scrolling never shows gaps. */
  overscan?: number;
  /** A row to keep in view (the one the keyboard moved to). */
  activeIndex?: number;
  testId?: string;
}

/**
 * A plain fixed-row-height virtual list: the import report's lists (capped at 1,000 entries) and the review queue
 * (tens of thousands of rows at most, fetched in windows as they come into view).
 * The records table, which can hold a million rows, has its own scaled scroller.
 */
export function VirtualList<T>({ items, rowHeight, renderRow, className, label, overscan = 6, activeIndex, testId }: Props<T>): JSX.Element {
  const scroller = useRef<HTMLDivElement>(null);
  const height = useElementHeight(scroller);
  const [scrollTop, setScrollTop] = useState(0);
  useEffect(() => {
    const element = scroller.current;
    if (!element || activeIndex === undefined || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
  }, [activeIndex, rowHeight]);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + Math.max(height, rowHeight)) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={i} className="vl-row" role="row" aria-rowindex={i + 2} style={{ transform: `translateY(${i * rowHeight}px)` }}>
        {renderRow(items[i] as T, i)}
      </div>,
    );
  }
  return (
    <div
      ref={scroller}
      className={className ? `vl ${className}` : 'vl'}
      role="rowgroup"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      // Short lists take only the room they need; CSS caps long ones (max-height) and they scroll.
      style={{ height: items.length * rowHeight + 2 }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="vl-spacer" style={{ height: items.length * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
