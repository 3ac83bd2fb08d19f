import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about keeping a station safe not yet coded (domain/messages/station,
 * backup and batch-check hold the station lock, restore, databases, signing key and batch verification): an
 * officer's decided value kept through a records import.
 */
export const safetySentences: readonly SentencePair[] = [
  // Records import and officers' decisions.
  [
    'An import gives {0} {1}, but {2} decided {3} on dossier {4} ({5}): the decided value was kept; review the difference.',
    'Một lần nhập dữ liệu đưa ra {0} {1}, nhưng {2} đã quyết định {3} ở hồ sơ {4} ({5}): giữ giá trị đã quyết định; hãy xem xét lại chỗ khác nhau.',
  ],
  ['{0}: record {1}', '{0}: bản ghi {1}'],
];
