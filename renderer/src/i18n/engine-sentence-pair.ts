/**
 * One entry of the engine-sentence catalogue: the engine's English sentence as written in its source, with
 * `{0}`, `{1}` … for the interpolated parts in order of appearance, and its translation using the same
 * placeholders (in whatever order the language needs).
 */
export type SentencePair = readonly [english: string, translation: string];
