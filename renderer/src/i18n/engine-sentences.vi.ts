import type { SentencePair } from './engine-sentence-pair';
import { recordSentences } from './engine-sentences.vi.records';
import { reviewSentences } from './engine-sentences.vi.review';
import { scanSentences } from './engine-sentences.vi.scan';
import { stationSentences } from './engine-sentences.vi.station';
import { safetySentences } from './engine-sentences.vi.safety';
import { licenceSentences } from './engine-sentences.vi.licences';
import { licenceScanSentences } from './engine-sentences.vi.licence-scans';

export type { SentencePair };

/**
 * Vietnamese for the sentences the engine still writes in English (areas not coded yet; coded messages live in
 * main/engine/domain/messages/ with both languages), keyed by the English the engine writes (which stays as it
 * is: it is also the command line's output). Kept in step with the engine by tests/unit/i18n/engine-sentences.test.ts.
 */
export const engineSentencesVi: readonly SentencePair[] = [...reviewSentences, ...scanSentences, ...recordSentences, ...stationSentences, ...safetySentences, ...licenceSentences, ...licenceScanSentences];
