import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about the campaign's other sources: the population register (residents),
 * owner reconciliation and its decisions, and citizens' self-declarations.
 */
export const ownerSentences: readonly SentencePair[] = [
  ['Owner birth date', 'Ngày sinh chủ xe'],
];
