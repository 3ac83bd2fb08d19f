/** A value found in a text: its record form and where it sits in the text (code-unit offsets). */
export interface GrammarMatch { value: string; start: number; end: number }
