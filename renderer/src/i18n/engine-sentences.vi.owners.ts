import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about owners and declarations still written in English: where a record's
 * corrected version came from (stored in its history). The register's rows, the decisions on an owner's differences
 * and on declarations are coded (main/engine/domain/messages/owners.messages.ts).
 */
export const ownerSentences: readonly SentencePair[] = [
  ['owner decision by {0}', 'quyết định về chủ xe của {0}'],
  ['declaration {0} taken by {1}', 'khai báo {0} được {1} cập nhật vào hồ sơ'],
];
