import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about driving licences still written in English: the audit reason of a
 * kept decision and why a licence was found for a holder. Licence rows and the decisions on a holder's differences
 * are coded (main/engine/domain/messages/licences.messages.ts).
 */
export const licenceSentences: readonly SentencePair[] = [
  ['{0}: licence {1}', '{0}: giấy phép lái xe {1}'],
  ['holder name and birth date match', 'họ tên và ngày sinh người được cấp khớp'],
  ['holder name matches', 'họ tên người được cấp khớp'],
];
