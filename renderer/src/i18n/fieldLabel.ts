import type { MessageKey, Translate } from './translate';

/** The label of a record field by its name; unknown names (from history or engine messages) are shown as they are. */
export function fieldLabel(field: string | null, t: Translate): string {
  if (!field) return '—';
  const key = `field.${field}` as MessageKey;
  const label = t(key);
  return label === key ? field : label;
}
