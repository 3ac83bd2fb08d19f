import { useEffect, useRef } from 'react';
import type { Box } from '../../../preload/contract';
import type { Viewer } from './useViewer';

/** The field's box takes this share of the viewer's width… */
const SHARE = 0.7;
/** …but is never shown larger than this many screen pixels per scanned pixel. */
const MAX_SCALE = 1.5;

interface Focus {
  dossierId: string;
  pageNo: number;
  /** The first box of the selected flag's readings on this page, if any. */
  box: Box | null;
  frame: { w: number; h: number };
  /** Screen pixels per scanned pixel when the page fits the viewer. */
  fit: number;
  /** The page's own orientation fix (degrees); the officer's turns are in `viewer`. */
  page: { width: number; height: number; rotation: number };
  viewer: Viewer;
}

/**
 * Opens the page zoomed to the flagged field, centred on its box, each time another field, page or dossier is
 * shown; a page without the field is shown whole. The officer's own zoom and pan stay until the next change.
 */
export function useFocusOnField({ dossierId, pageNo, box, frame, fit, page, viewer }: Focus): void {
  const shown = useRef<{ dossier: string; key: string } | null>(null);
  const key = `${pageNo}|${box ? `${box.x},${box.y},${box.w},${box.h}` : ''}`;
  const ready = fit > 0;
  const { set } = viewer;
  useEffect(() => {
    if (!ready) return;
    const last = shown.current;
    if (last && last.dossier === dossierId && last.key === key) return;
    const newDossier = !last || last.dossier !== dossierId;
    shown.current = { dossier: dossierId, key };
    const turns = newDossier ? 0 : undefined;
    if (!box) {
      set(1, { x: 0, y: 0 }, turns);
      return;
    }
    const rotation = (page.rotation + (newDossier ? 0 : viewer.turns) * 90) % 360;
    const angle = (rotation * Math.PI) / 180;
    const sideways = rotation % 180 !== 0;
    const scale = Math.max(fit, Math.min(MAX_SCALE, (frame.w * SHARE) / (sideways ? box.h : box.w)));
    const dx = box.x + box.w / 2 - page.width / 2;
    const dy = box.y + box.h / 2 - page.height / 2;
    const x = (dx * Math.cos(angle) - dy * Math.sin(angle)) * scale;
    const y = (dx * Math.sin(angle) + dy * Math.cos(angle)) * scale;
    set(scale / fit, { x: -x, y: -y }, turns);
    // Only a change of dossier, page or field refocuses; frame size and fit are read as they are then.
  }, [dossierId, key, ready, set]);
}
