/**
 * What is read off a page: words in boxes, the readings of each field (where on paper, how found, how sure), a
 * page's analysis, and a dossier's fused value per field. Boxes are in the pixels of the page as scanned.
 */
import { RECORD_VALUE_FIELDS, type RecordValueField } from './record-fields';

/** The fields a dossier's paper yields: the record fields other than the record id. */
export const SCAN_FIELDS = RECORD_VALUE_FIELDS;
export type ScanField = RecordValueField;

/** A rectangle on a page, in pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A word of OCR text on a page, in the page's original pixel coordinates. */
export interface OcrWordBox {
  text: string;
  confidence: number;
  box: Box;
}

/** Where on paper a reading comes from: every copy is evidence. */
export type ReadingSource = 'form' | 'certificate' | 'rubbing' | 'other';

/**
 * How a reading was found: by its label (same line or table cell), on the line under its label, by its
 * pattern with no label, by a targeted re-read, or `invalid`: a labelled place whose text fails the field's
 * grammar (kept so the officer sees it; never a value).
 */
export type ReadingMethod = 'label' | 'below' | 'pattern' | 'reread' | 'invalid';

/** One reading of one field from one place on one page, with per-character confidences (0–1). */
export interface FieldReading {
  field: ScanField;
  /** 0-based page number within the dossier. */
  page: number;
  source: ReadingSource;
  method?: ReadingMethod;
  box: Box | null;
  text: string;
  confidence: number;
  chars: { c: string; confidence: number }[];
}

/** What the analysis of one page found. Boxes are in the coordinates of the page as scanned. */
export interface PageAnalysis {
  /** Clockwise rotation (0/90/180/270) that makes the page upright, and the remaining skew in degrees. */
  rotation: 0 | 90 | 180 | 270;
  skew: number;
  blank: boolean;
  kind: 'declaration' | 'certificate' | 'separator' | 'other' | 'blank';
  words: OcrWordBox[];
  readings: Omit<FieldReading, 'page'>[];
}

/** A field's fused value over every reading, or null when no reading was usable. */
export interface FusedField {
  value: string;
  confidence: number;
}
export type FusedFields = Record<ScanField, FusedField | null>;
