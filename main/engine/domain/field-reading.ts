/**
 * What is read off a page: words in boxes, the readings of each field (where on paper, how found, how sure), a
 * page's analysis, and a dossier's fused value per field. Boxes are in the pixels of the page as scanned.
 * What crosses the contract (a box, a reading) is a zod schema here, its type inferred; the contract's
 * review schemas take them from this file.
 */
import { z } from 'zod';
import { RECORD_VALUE_FIELDS, type RecordValueField } from './record-fields';
import type { EngineMessage } from './messages/message';

/** The fields a dossier's paper yields: the record fields other than the record id. */
export const SCAN_FIELDS = RECORD_VALUE_FIELDS;
export type ScanField = RecordValueField;

/** A rectangle on a page, in pixels. */
export const Box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });
export type Box = z.infer<typeof Box>;

/** A word of OCR text on a page, in the page's original pixel coordinates. */
export interface OcrWordBox {
  text: string;
  confidence: number;
  box: Box;
}

/** Where on paper a reading comes from: every copy is evidence. */
export const ReadingSource = z.enum(['form', 'certificate', 'rubbing', 'other']);
export type ReadingSource = z.infer<typeof ReadingSource>;

/**
 * How a reading was found: by its label (same line or table cell), on the line under its label, by its
 * pattern with no label, by a targeted re-read, or `invalid`: a labelled place whose text fails the field's
 * grammar (kept so the officer sees it; never a value).
 */
export const ReadingMethod = z.enum(['label', 'below', 'pattern', 'reread', 'invalid']);
export type ReadingMethod = z.infer<typeof ReadingMethod>;

/**
 * One reading of a field on paper, as the review shows it: its page (0-based within the dossier), where on
 * paper and how it was found, its box, its text and per-character confidences (0–1).
 */
export const Reading = z.object({
  page: z.number().int(),
  source: ReadingSource,
  method: ReadingMethod.optional(),
  box: Box.nullable(),
  text: z.string(),
  confidence: z.number(),
  chars: z.array(z.object({ c: z.string(), confidence: z.number() })),
});
export type Reading = z.infer<typeof Reading>;

/** One reading of one field from one place on one page: a Reading that names its field. */
export type FieldReading = Reading & { field: ScanField };

/** What the analysis of one page found. Boxes are in the coordinates of the page as scanned. */
export interface PageAnalysis {
  /** Clockwise rotation (0/90/180/270) that makes the page upright, and the remaining skew in degrees. */
  rotation: 0 | 90 | 180 | 270;
  skew: number;
  blank: boolean;
  kind: 'declaration' | 'certificate' | 'separator' | 'other' | 'blank';
  words: OcrWordBox[];
  readings: Omit<FieldReading, 'page'>[];
  /** What reading found wrong on the page, for the officer; the queue names the page around each sentence. */
  problems?: EngineMessage[];
}

/** A field's fused value over every reading, or null when no reading was usable. */
export interface FusedField {
  value: string;
  confidence: number;
}
export type FusedFields = Record<ScanField, FusedField | null>;
