import { useCallback, useMemo, useState } from 'react';

export interface Viewer {
  /** 1 = the page fits the viewer. */
  zoom: number;
  pan: { x: number; y: number };
  /** The officer's extra quarter turns, on top of the page's own orientation fix. */
  turns: number;
  zoomBy: (factor: number) => void;
  panBy: (dx: number, dy: number) => void;
  rotate: (quarterTurns: number) => void;
  reset: () => void;
  /** Shows the page at `zoom` (× fit) moved by `pan`; the officer's turns stay unless `turns` is given. */
  set: (zoom: number, pan: { x: number; y: number }, turns?: number) => void;
}

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 40;

/** Zoom, pan and turn of the page viewer; held by the screen so keyboard shortcuts reach it. */
export function useViewer(): Viewer {
  const [zoom, setZoom] = useState(1);
  const [pan, setPan] = useState({ x: 0, y: 0 });
  const [turns, setTurns] = useState(0);
  const zoomBy = useCallback((factor: number) => setZoom((z) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z * factor))), []);
  const panBy = useCallback((dx: number, dy: number) => setPan((p) => ({ x: p.x + dx, y: p.y + dy })), []);
  const rotate = useCallback((q: number) => setTurns((t) => (((t + q) % 4) + 4) % 4), []);
  const reset = useCallback(() => {
    setZoom(1);
    setPan({ x: 0, y: 0 });
    setTurns(0);
  }, []);
  const set = useCallback((z: number, p: { x: number; y: number }, t?: number) => {
    setZoom(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z)));
    setPan(p);
    if (t !== undefined) setTurns(t);
  }, []);
  return useMemo(() => ({ zoom, pan, turns, zoomBy, panBy, rotate, reset, set }), [zoom, pan, turns, zoomBy, panBy, rotate, reset, set]);
}
