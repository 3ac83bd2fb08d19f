/** What a search for a record answers: the candidates, best first, each with why it matched. */

// The domain's (main/engine/domain/record-search.ts): the engine and the contract share one definition.
export type { FindCandidate, FindResult, LookupField } from '../domain/record-search';
