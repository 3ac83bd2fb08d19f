/**
 * Finds English words in a sentence meant to be Vietnamese: a word of plain Latin letters that no Vietnamese
 * syllable can be (an onset, one to three vowels and a coda from Vietnamese spelling) is a foreign word ("file",
 * "is", "and"). Words Vietnamese spells the same way as common English ones ("the", "not", "to") are listed on
 * their own; acronyms (CSV, CCCD, PDF) count as names.
 */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;
const ENGLISH_LOOKALIKES = new Set(['the', 'to', 'not', 'on', 'in', 'at', 'can', 'no', 'be', 'by', 'or', 'it', 'set', 'a', 'an', 'me', 'so', 'go']);
/** Names, units and what a user types as it is: commands and their values, tools, formats, products. */
const KEPT_AS_WRITTEN = new Set(['set', 'value', 'clerk', 'officer', 'lead', 'keep-record', 'take-scan', 'rescan', 'take-register', 'address', 'reason', 'tab', 'mib', 'sohoa', 'station', 'excel', 'sane', 'naps2', 'sqlite', 'db', 'dpi', 'color', 'gray', 'lineart']);

export function englishWords(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}_-]*/gu)]
    .map((m) => m[0])
    .filter((word) => /^[a-z-]+$/i.test(word) && word !== word.toUpperCase())
    .map((word) => word.toLowerCase())
    .filter((word) => !KEPT_AS_WRITTEN.has(word))
    .filter((word) => word.includes('-') || ENGLISH_LOOKALIKES.has(word) || !SYLLABLE.test(word));
}
