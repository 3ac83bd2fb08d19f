import { useEffect, useState } from 'react';
import { api } from '../api';

/** Pages are fetched for crops at up to this width: the scan's own pixels for an A4 page at 300 dpi. */
export const SCAN_IMAGE_WIDTH = 4000;
const KEEP = 12;
const scans = new Map<string, Promise<string>>();

function scanOf(id: string, pageNo: number): Promise<string> {
  const key = `${id}:${pageNo}`;
  let request = scans.get(key);
  if (!request) {
    request = api.dossiers.pageImage({ id, pageNo, maxWidth: SCAN_IMAGE_WIDTH }).then((answer) => answer.image);
    request.catch(() => scans.delete(key));
    scans.set(key, request);
    if (scans.size > KEEP) scans.delete(scans.keys().next().value as string);
  }
  return request;
}

/**
 * The pages of a dossier at the scan's own resolution, for the enlarged crops of a field: the viewer's image is
 * smaller, and a serial enlarged from it would be blurred exactly where a 0 and an O differ.
 */
export function usePageScans(id: string, pages: readonly number[]): Map<number, string> {
  const [images, setImages] = useState<Map<number, string>>(new Map());
  const wanted = [...new Set(pages)].sort((a, b) => a - b).join(',');
  useEffect(() => {
    let live = true;
    setImages(new Map());
    for (const pageNo of wanted === '' ? [] : wanted.split(',').map(Number)) {
      scanOf(id, pageNo).then(
        (image) => live && setImages((m) => new Map(m).set(pageNo, image)),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [id, wanted]);
  return images;
}
