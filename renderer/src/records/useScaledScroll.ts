import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useElementHeight } from '../hooks/useElementHeight';
import { ROW_HEIGHT, clamp, geometry, type Geometry } from './tableGeometry';

export interface ScaledScroll extends Geometry {
  virtualTop: number;
  /** Moves the view to a virtual offset (clamped) and puts the scrollbar thumb where it belongs. */
  scrollToVirtual: (top: number) => void;
}

/**
 * Keeps the virtual offset of a scaled scroller in step with its real scrollbar (see tableGeometry.ts).
 * Wheel events are taken over so that one notch moves the same distance at any list size.
 */
export function useScaledScroll(scroller: RefObject<HTMLDivElement | null>, total: number): ScaledScroll {
  const viewport = useElementHeight(scroller);
  const geo = geometry(total, viewport);
  const [virtualTop, setVirtualTopState] = useState(0);
  const top = useRef(0);
  const geoRef = useRef(geo);
  geoRef.current = geo;

  const scrollToVirtual = useCallback(
    (next: number): void => {
      const { virtualMax, ratio } = geoRef.current;
      const value = clamp(next, 0, virtualMax);
      top.current = value;
      setVirtualTopState(value);
      const element = scroller.current;
      if (element && Math.abs(element.scrollTop - value / ratio) >= 0.5) element.scrollTop = value / ratio;
    },
    [scroller],
  );

  // Thumb drags, track clicks and scrollbar buttons arrive here; our own scrollTop writes are recognised
  // (they land within a pixel of the virtual offset) and leave the exact virtual offset alone.
  useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const onScroll = (): void => {
      const { ratio, virtualMax } = geoRef.current;
      const fromThumb = element.scrollTop * ratio;
      if (Math.abs(fromThumb - top.current) <= ratio * 1.01) return;
      top.current = clamp(fromThumb, 0, virtualMax);
      setVirtualTopState(top.current);
    };
    const onWheel = (event: WheelEvent): void => {
      if (event.ctrlKey || event.deltaY === 0) return; // Ctrl+wheel is the zoom gesture.
      event.preventDefault();
      const unit = event.deltaMode === 1 ? ROW_HEIGHT : event.deltaMode === 2 ? geoRef.current.bodyHeight : 1;
      scrollToVirtual(top.current + event.deltaY * unit);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('wheel', onWheel);
    };
  }, [scroller, scrollToVirtual]);

  // When the list grows or shrinks (an import, a filter), keep the rows in view and re-place the thumb.
  useLayoutEffect(() => {
    scrollToVirtual(top.current);
  }, [geo.ratio, geo.virtualMax, scrollToVirtual]);

  return { ...geo, virtualTop, scrollToVirtual };
}
