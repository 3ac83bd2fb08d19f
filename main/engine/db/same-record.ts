/**
 * Whether a row of a record (or licence) file says what the stored row already says, once the fingerprint has disagreed.
 * Issues are compared in their coded form: a record stored before its issues were coded keeps only the English
 * sentence, so a re-import of the same file must not count it as changed (nor leave an identical-value history
 * entry) just because the issues now carry their code beside it, or because an English wording was improved.
 */
import { isEngineMessage, type EngineMessage } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';

/** A stored row's issue (a record's, a licence's): its field, its English and, since issues were coded, its code. */
interface Issue {
  field: string;
  message: string;
  text?: EngineMessage;
}

/** Two coded messages with the same code and parameters (nested ones too), whatever the order they were written in. */
function sameMessage(a: EngineMessage, b: EngineMessage): boolean {
  if (a.code !== b.code) return false;
  const names = Object.keys(a.params);
  if (names.length !== Object.keys(b.params).length) return false;
  return names.every((name) => {
    const x = a.params[name];
    const y = b.params[name];
    if (isEngineMessage(x) && isEngineMessage(y)) return sameMessage(x, y);
    return x === y;
  });
}

function sameIssue(stored: Issue, next: Issue): boolean {
  if (stored.field !== next.field) return false;
  if (stored.text && next.text) return sameMessage(stored.text, next.text);
  // Stored before issues were coded: the English it was stored with is what the code says in English today.
  return stored.message === (next.text ? renderMessage(next.text, 'en') : next.message);
}

/** The stored issues (the column's JSON) are the next issues, one for one and in order, compared by code. */
export function sameIssues(stored: string | null, next: readonly Issue[]): boolean {
  const before = stored ? (JSON.parse(stored) as Issue[]) : [];
  return before.length === next.length && before.every((issue, i) => sameIssue(issue, next[i]!));
}

/** The stored values are the next values, field for field. */
export function sameValues(stored: readonly (string | null)[], next: readonly (string | null)[]): boolean {
  return stored.length === next.length && stored.every((value, i) => value === next[i]);
}
