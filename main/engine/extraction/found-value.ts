/** A value found on a read page, and how it was tied to its field. */
import type { OcrBox, OcrWord } from '../ocr/ocr-lines';
import type { ScanField } from '../domain/field-reading';
import type { GrammarMatch } from './grammar-match';

/** How a value was tied to its field. */
export type FindMethod = 'label' | 'below' | 'pattern';

/** A value found on the page, or a labelled place whose text did not parse (`match` null). */
export interface FoundValue {
  field: ScanField;
  method: FindMethod;
  /** The text searched (label tail removed), and the stretch of it that parsed. */
  text: string;
  match: GrammarMatch | null;
  /** The words of `text`, in reading order, and their bounding box. */
  words: OcrWord[];
  region: OcrBox;
}
