/** What a layout family produces: a dossier's page files, the record it shows, and where each value was put. */
import type { CorpusRecord } from '../records';
import type { Box } from '../svg-kit';
import type { TruthField } from '../form-page';

export type Split = 'dev' | 'heldout';
export const SPLITS: readonly Split[] = ['dev', 'heldout'];

/** A value's place on a page: `field` (or a rubbing of the engine/chassis), the printed text, its box. */
export interface FieldBox {
  field: TruthField | 'engine_rubbing' | 'chassis_rubbing';
  box: Box;
  text: string;
}

export type PageKind = 'declaration' | 'electronic' | 'certificate' | 'invoice' | 'id_copy' | 'blank';

/** How one page was scanned (what the reader must undo) and what is on it. */
export interface FamilyPageMeta {
  kind: PageKind;
  /** 'svg' = librsvg, 'html' = headless Chromium. */
  engine: 'svg' | 'html' | 'classic';
  dpi: number;
  /** Size of the page image as delivered (after rotation). */
  width: number;
  height: number;
  mode: 'colour' | 'grey' | 'bilevel';
  rotation: 0 | 90 | 180 | 270;
  skewDeg: number;
  jpegQuality: number | null;
  noiseSigma: number;
  speckle: number;
  fonts: string[];
  leader: string;
  /** Value boxes in the upright, unskewed page's pixels at `dpi`; empty on pages that must yield no fields. */
  boxes: FieldBox[];
}

export interface FamilyDossier {
  /** One image per page: JPEG, or single-page CCITT G4 TIFF when `meta.container` is 'tiff'. */
  pages: Buffer[];
  /** The record's values (what the station's record says when nothing differs). */
  truth: Omit<CorpusRecord, 'record_id'>;
  meta: {
    family: string;
    split: Split;
    seed: number;
    record_id: string;
    /** How to deliver the pages as one file: scanner PDF of JPEGs, or multi-page G4 TIFF. */
    container: 'pdf' | 'tiff';
    /** The fields printed somewhere in the dossier (a certificate never prints the citizen ID). */
    onPaper: TruthField[];
    pages: FamilyPageMeta[];
  };
}

export interface FamilyOptions {
  /** No scan degradation (upright, unskewed, no noise, colour JPEG q95): for checking layouts, not for benchmarks. */
  clean?: boolean;
}

export interface Family {
  name: string;
  /** Same seed, split and options, same bytes. */
  generate(seed: number, split: Split, options?: FamilyOptions): Promise<FamilyDossier>;
}
