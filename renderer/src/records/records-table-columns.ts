import type { RecordField } from '../../../preload/contract';
import type { MessageKey } from '../i18n/translate';

/** The records table's columns; `col` names the CSS class that sizes (and, when narrow, hides) them. */
export const TABLE_COLUMNS: { field: RecordField | 'seq' | 'issues'; label: MessageKey; col: string }[] = [
  { field: 'seq', label: 'table.seq', col: 'c-seq' },
  { field: 'record_id', label: 'field.record_id', col: 'c-id' },
  { field: 'plate', label: 'field.plate', col: 'c-plate' },
  { field: 'chassis', label: 'field.chassis', col: 'c-chassis' },
  { field: 'engine', label: 'field.engine', col: 'c-engine' },
  { field: 'owner_name', label: 'field.owner_name', col: 'c-owner' },
  { field: 'owner_id', label: 'field.owner_id', col: 'c-ownerid' },
  { field: 'brand', label: 'field.brand', col: 'c-brand' },
  { field: 'issues', label: 'table.issues', col: 'c-issues' },
];
