import sharp from 'sharp';

const WIDTH = 180;

/**
 * A small upright JPEG of a page as a data: URL, so every transport (IPC, the test host) can carry it and the
 * renderer's CSP allows it. JPEG shrink-on-load keeps this to a few tens of milliseconds for a 300-dpi page.
 */
export async function pageThumbnail(imagePath: string, rotation: number | null): Promise<string | null> {
  try {
    const data = await sharp(imagePath, { limitInputPixels: 64_000_000 })
      .rotate(rotation ?? 0)
      .resize({ width: WIDTH, withoutEnlargement: true })
      .jpeg({ quality: 70 })
      .toBuffer();
    return `data:image/jpeg;base64,${data.toString('base64')}`;
  } catch {
    return null;
  }
}

/** A page as scanned (not turned: boxes are in these pixels), at most `maxWidth` wide, as a JPEG data: URL. */
export async function pagePreview(imagePath: string, maxWidth: number): Promise<string> {
  const data = await sharp(imagePath, { limitInputPixels: 64_000_000 }).resize({ width: maxWidth, withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer();
  return `data:image/jpeg;base64,${data.toString('base64')}`;
}
