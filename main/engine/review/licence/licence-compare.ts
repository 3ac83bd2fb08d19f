/**
 * When a licence value on a card and the licence record's value are "the same": numbers without spaces, dots
 * or case; names without case, diacritics or extra spaces (as vehicle owners' names are compared); dates by the
 * day they name; classes as a set. Anything else — an OCR confusion included — is a difference.
 */
import { licenceKey } from '../../extraction/licence/licence-fuse';
import type { LicenceCardField } from '../../extraction/licence/licence-grammar';
import { nameKey } from '../../reconcile/reconcile-subject';

export function licenceCanonical(field: LicenceCardField, value: string): string {
  return field === 'full_name' ? nameKey(value) : licenceKey(field, value);
}

export function sameLicenceValue(field: LicenceCardField, scan: string, record: string): boolean {
  return licenceCanonical(field, scan) === licenceCanonical(field, record);
}
