import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about owners and declarations still written in English: where a record's
 * corrected version came from, and the decisions on citizens' self-declarations. The register's rows and the
 * decisions on an owner's differences are coded (main/engine/domain/messages/owners.messages.ts).
 */
export const ownerSentences: readonly SentencePair[] = [
  ['owner decision by {0}', 'quyết định về chủ xe của {0}'],
  ['There is no declaration {0}.', 'Không có khai báo {0}.'],
  ['"{0}" is not a declaration decision: use confirm, reject or update-record.', '“{0}” không phải quyết định về khai báo: dùng confirm (xác nhận), reject (từ chối) hoặc update-record (cập nhật hồ sơ).'],
  ['{0} already decided declaration {1} the same way ({2}); nothing changed.', '{0} đã quyết định khai báo {1} như vậy ({2}); không có gì thay đổi.'],
  ['{0} already decided declaration {1} ({2}) at {3}.', '{0} đã quyết định khai báo {1} ({2}) lúc {3}.'],
  ['Declaration {0} names no vehicle the station has a record of, so there is no record to update.', 'Khai báo {0} nêu một xe mà đơn vị không có hồ sơ, nên không có hồ sơ nào để cập nhật.'],
  ['declaration {0} taken by {1}', 'khai báo {0} được {1} cập nhật vào hồ sơ'],
  [' (record {0}: {1})', ' (hồ sơ {0}: {1})'],
  ['Declaration {0}: {1} by {2}{3}.', 'Khai báo {0}: {1} bởi {2}{3}.'],
];
