import { useEffect, useRef, useState, type JSX, type PointerEvent } from 'react';
import type { Reading, ReviewDossier } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { useFocusOnField } from './useFocusOnField';
import type { Viewer } from './useViewer';
import './page-viewer.css';

interface Props {
  dossier: ReviewDossier;
  pageNo: number;
  onPage: (pageNo: number) => void;
  image: string | undefined;
  /** Every reading of the selected flag's field; those on this page are outlined. */
  readings: readonly Reading[];
  viewer: Viewer;
}

/**
 * The page as scanned, turned by its orientation fix and the officer's turns, with the selected field's reading
 * boxes drawn over it. Boxes are in the scanned page's pixels, so image and boxes share one turned frame.
 */
export function PageViewer({ dossier, pageNo, onPage, image, readings, viewer }: Props): JSX.Element {
  const { t } = useI18n();
  const frame = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const drag = useRef<{ x: number; y: number } | null>(null);
  const page = dossier.pages.find((p) => p.pageNo === pageNo) ?? dossier.pages[0];

  useEffect(() => {
    const element = frame.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ w: entry.contentRect.width, h: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const width = page?.width ?? 1;
  const height = page?.height ?? 1;
  const rotation = ((page?.rotation ?? 0) + viewer.turns * 90) % 360;
  const sideways = rotation % 180 !== 0;
  const fit = size.w > 0 ? Math.min(size.w / (sideways ? height : width), size.h / (sideways ? width : height)) * 0.96 : 0;
  const scale = fit * viewer.zoom;
  const here = readings.filter((r) => r.page === pageNo && r.box);
  const pagesWithReadings = new Set(readings.map((r) => r.page));
  useFocusOnField({ dossierId: dossier.id, pageNo, box: here[0]?.box ?? null, frame: size, fit, page: { width, height, rotation: page?.rotation ?? 0 }, viewer });

  const down = (e: PointerEvent<HTMLDivElement>): void => {
    drag.current = { x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const move = (e: PointerEvent<HTMLDivElement>): void => {
    if (!drag.current) return;
    viewer.panBy(e.clientX - drag.current.x, e.clientY - drag.current.y);
    drag.current = { x: e.clientX, y: e.clientY };
  };

  return (
    <section className="viewer" aria-label={t('review.viewer.label')} data-testid="page-viewer">
      <div className="viewer-tools">
        <div className="viewer-pages" role="group" aria-label={t('review.viewer.pages')}>
          {dossier.pages.map((p) => (
            <button
              key={p.pageNo}
              type="button"
              className={pagesWithReadings.has(p.pageNo) ? 'btn btn-quiet has-readings' : 'btn btn-quiet'}
              aria-pressed={p.pageNo === pageNo}
              onClick={() => onPage(p.pageNo)}
              data-testid="viewer-page"
            >
              {t('scan.pageNo', { n: p.pageNo + 1 })}
            </button>
          ))}
        </div>
        <div className="viewer-zoom" role="group" aria-label={t('review.viewer.zoom')}>
          <button type="button" className="icon-btn" onClick={() => viewer.zoomBy(1 / 1.25)} aria-label={t('review.viewer.zoomOut')} title="−">
            −
          </button>
          <span className="muted small num" data-testid="viewer-zoom" data-scale={scale} title={t('review.viewer.zoomTitle')}>
            {Math.round(scale * 100)}%
          </span>
          <button type="button" className="icon-btn" onClick={() => viewer.zoomBy(1.25)} aria-label={t('review.viewer.zoomIn')} title="+">
            +
          </button>
          <button type="button" className="icon-btn" onClick={() => viewer.rotate(1)} aria-label={t('review.viewer.rotate')} title="]">
            <Icon name="history" size={16} />
          </button>
          <button type="button" className="btn btn-quiet" onClick={viewer.reset} title="0">
            {t('review.viewer.fit')}
          </button>
        </div>
      </div>
      <div
        ref={frame}
        className="viewer-frame"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={() => (drag.current = null)}
        onWheel={(e) => (e.ctrlKey ? viewer.zoomBy(e.deltaY < 0 ? 1.1 : 1 / 1.1) : viewer.panBy(-e.deltaX, -e.deltaY))}
      >
        <div
          className="viewer-page"
          data-rotation={rotation}
          style={{
            width,
            height,
            transform: `translate(-50%, -50%) translate(${viewer.pan.x}px, ${viewer.pan.y}px) rotate(${rotation}deg) scale(${scale})`,
          }}
        >
          {image ? (
            <img src={image} width={width} height={height} alt={t('review.viewer.alt', { n: pageNo + 1, id: dossier.id })} draggable={false} />
          ) : (
            <div className="viewer-loading muted">{t('app.loading')}</div>
          )}
          <svg className="viewer-boxes" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true">
            {here.map((r, i) => (
              <rect key={i} className={`box box-${r.source}`} x={r.box!.x} y={r.box!.y} width={r.box!.w} height={r.box!.h} rx={4} data-testid="reading-box" />
            ))}
          </svg>
        </div>
      </div>
    </section>
  );
}
