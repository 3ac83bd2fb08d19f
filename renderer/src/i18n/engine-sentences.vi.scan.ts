import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's words about scanning not coded (domain/messages/ holds the intake problems, the
 * scanners' and the hot folder's): the name a NAPS2 profile is listed under among the scanners.
 */
export const scanSentences: readonly SentencePair[] = [['NAPS2 profile {0}', 'cấu hình NAPS2 {0}']];
