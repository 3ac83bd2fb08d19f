import type { JSX } from 'react';
import type { Box } from '../../../preload/contract';
import './field-crop.css';

/** The crop's width on screen; a short serial is enlarged at most MAX_SCALE times its scanned pixels. */
const CROP_WIDTH = 340;
const MAX_SCALE = 3;
/** Room around the box, as a share of its height, so characters the box clips are still seen. */
const MARGIN = 0.35;

interface Props {
  image: string | undefined;
  box: Box;
  page: { width: number; height: number; rotation: number };
  label: string;
}

/** Where a box lands once padded and clamped to the page. */
export function padBox(box: Box, page: { width: number; height: number }): Box {
  const m = box.h * MARGIN;
  const x = Math.max(0, box.x - m);
  const y = Math.max(0, box.y - m);
  return { x, y, w: Math.min(page.width, box.x + box.w + m) - x, h: Math.min(page.height, box.y + box.h + m) - y };
}

/**
 * One reading's field cut out of the page at the scan's own resolution and enlarged, turned upright with the
 * page's orientation fix: the officer reads the stamped or written characters without zooming the page.
 */
export function FieldCrop({ image, box, page, label }: Props): JSX.Element {
  const r = padBox(box, page);
  const sideways = page.rotation % 180 !== 0;
  const scale = Math.min(MAX_SCALE, CROP_WIDTH / (sideways ? r.h : r.w));
  const w = r.w * scale;
  const h = r.h * scale;
  return (
    <div
      className="field-crop"
      style={{ width: sideways ? h : w, height: sideways ? w : h }}
      role="img"
      aria-label={label}
      data-testid="field-crop"
      data-scale={scale.toFixed(2)}
    >
      <div className="field-crop-inner" style={{ width: w, height: h, transform: `translate(-50%, -50%) rotate(${page.rotation}deg)` }}>
        {image ? (
          <img
            src={image}
            alt=""
            draggable={false}
            style={{ width: page.width * scale, height: page.height * scale, left: -r.x * scale, top: -r.y * scale }}
          />
        ) : null}
      </div>
    </div>
  );
}
