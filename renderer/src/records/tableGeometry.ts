/**
 * Geometry of the records table's scaled scroller.
 *
 * Browsers cap an element's height (about 33.5 million px in Chromium, less in CSS px at 125–150 % scaling),
 * and a million 32 px rows need 32 million. So the scrollable spacer is capped at SPACER_MAX_PX and the
 * table keeps its own "virtual" offset in full-size pixels: dragging the scrollbar maps the thumb position
 * proportionally onto the virtual range, while wheel and keyboard move the virtual offset exactly and the
 * thumb follows. Below the cap the ratio is 1 and this is an ordinary virtual list.
 */
export const ROW_HEIGHT = 32;
export const HEAD_HEIGHT = 36;
export const SPACER_MAX_PX = 8_000_000;

export interface Geometry {
  /** Height of the rows area (viewport minus the sticky header). */
  bodyHeight: number;
  /** Height of the element that gives the scrollbar its range. */
  spacerHeight: number;
  /** Largest virtual offset: all rows' height minus the rows area. */
  virtualMax: number;
  /** Virtual pixels per real scroll pixel (1 unless the list is too tall for the browser). */
  ratio: number;
}

export function geometry(total: number, viewportHeight: number): Geometry {
  const bodyHeight = Math.max(0, viewportHeight - HEAD_HEIGHT);
  const virtualHeight = total * ROW_HEIGHT;
  const spacerHeight = Math.min(virtualHeight, SPACER_MAX_PX);
  const virtualMax = Math.max(0, virtualHeight - bodyHeight);
  const scrollMax = Math.max(0, spacerHeight - bodyHeight);
  const ratio = scrollMax > 0 ? virtualMax / scrollMax : 1;
  return { bodyHeight, spacerHeight, virtualMax, ratio };
}

export interface VisibleRows {
  first: number;
  /** Number of rows to draw, including a partly visible one at the bottom. */
  count: number;
  /** How far the first row is pushed up, in px (0..ROW_HEIGHT). */
  offset: number;
}

export function visibleRows(total: number, virtualTop: number, bodyHeight: number): VisibleRows {
  if (total === 0 || bodyHeight <= 0) return { first: 0, count: 0, offset: 0 };
  const first = Math.min(Math.floor(virtualTop / ROW_HEIGHT), total - 1);
  const offset = virtualTop - first * ROW_HEIGHT;
  const count = Math.min(total - first, Math.ceil((bodyHeight + offset) / ROW_HEIGHT) + 1);
  return { first, count, offset };
}

/** The virtual offset that brings row `index` fully into view, moving as little as possible. */
export function revealRow(index: number, virtualTop: number, bodyHeight: number): number {
  const top = index * ROW_HEIGHT;
  if (top < virtualTop) return top;
  if (top + ROW_HEIGHT > virtualTop + bodyHeight) return top + ROW_HEIGHT - bodyHeight;
  return virtualTop;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
