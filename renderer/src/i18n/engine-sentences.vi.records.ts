import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about record files still written in English: a kept row's issue that has
 * no code of its own, and the label of an import job. Reading record files, rejected rows, the data-quality issues
 * and where a record's earlier version came from are coded (main/engine/domain/messages/records.messages.ts);
 * issues and history stored before that are shown as stored.
 */
export const recordSentences: readonly SentencePair[] = [
  ['{0} row {1} (kept for review): {2}', '{0}, dòng {1} (vẫn được nhập để cán bộ xem lại): {2}'],
  ['import of {0}', 'nhập {0}'],
];
