import type { ReviewDossier } from '../../../preload/contract';
import { api } from '../api';

/** Page images are fetched at this width: sharp enough to read a serial at 2× zoom, small enough to move fast. */
export const PAGE_IMAGE_WIDTH = 1400;
/** Dossiers and images kept; the officer goes forward, so a short memory is enough. */
const KEEP = 40;

/** The page an officer should see first: the one holding the first reading of the first open flag. */
export function firstPageOf(dossier: ReviewDossier): number {
  const flag = dossier.flags.find((f) => !f.decision) ?? dossier.flags[0];
  return flag?.readings[0]?.page ?? 0;
}

/**
 * Review dossiers and their page images, fetched once and kept, so moving to the next dossier is drawn from
 * memory: the screen prefetches the next dossiers while the officer works on the current one. Images are also
 * decoded ahead, so showing one costs no decode on the switch.
 */
export class DossierCache {
  private readonly dossiers = new Map<string, ReviewDossier>();
  private readonly pending = new Map<string, Promise<ReviewDossier>>();
  private readonly images = new Map<string, string>();
  private readonly pendingImages = new Map<string, Promise<string>>();
  private readonly listeners = new Set<() => void>();

  get(id: string): ReviewDossier | undefined {
    return this.dossiers.get(id);
  }

  image(id: string, pageNo: number): string | undefined {
    return this.images.get(`${id}:${pageNo}`);
  }

  /** Stores a fresher copy (the answer of a decision). */
  put(dossier: ReviewDossier): void {
    remember(this.dossiers, dossier.id, dossier);
    this.changed();
  }

  /** Fetches the dossier (again, when `fresh`); resolves from memory when it is there. */
  load(id: string, fresh = false): Promise<ReviewDossier> {
    const known = this.dossiers.get(id);
    if (known && !fresh) return Promise.resolve(known);
    let request = this.pending.get(id);
    if (!request) {
      request = api.review.dossier({ id }).then(
        (dossier) => {
          this.pending.delete(id);
          this.put(dossier);
          return dossier;
        },
        (error: unknown) => {
          this.pending.delete(id);
          throw error;
        },
      );
      this.pending.set(id, request);
    }
    return request;
  }

  loadImage(id: string, pageNo: number): Promise<string> {
    const key = `${id}:${pageNo}`;
    const known = this.images.get(key);
    if (known) return Promise.resolve(known);
    let request = this.pendingImages.get(key);
    if (!request) {
      request = api.dossiers
        .pageImage({ id, pageNo, maxWidth: PAGE_IMAGE_WIDTH })
        .then(async ({ image }) => {
          const decoder = new Image();
          decoder.src = image;
          await decoder.decode().catch(() => undefined);
          this.pendingImages.delete(key);
          remember(this.images, key, image);
          this.changed();
          return image;
        })
        .catch((error: unknown) => {
          this.pendingImages.delete(key);
          throw error;
        });
      this.pendingImages.set(key, request);
    }
    return request;
  }

  /** Loads a dossier and the page it will open on, quietly: a failure shows when the officer gets there. */
  prefetch(id: string): void {
    this.load(id)
      .then((d) => this.loadImage(id, firstPageOf(d)))
      .catch(() => undefined);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > KEEP) map.delete(map.keys().next().value as string);
}
