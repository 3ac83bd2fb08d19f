/**
 * How the engine speaks to people: a message is a code with parameters, never a finished sentence. Each code has
 * one template per UI language in the catalogue (`{name}` marks a parameter); the command line renders the
 * English, the screens the language the user chose. Plain data and functions: the renderer bundles it.
 */

/** The UI languages, Vietnamese first. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** One code's sentence in every UI language; the compiler refuses an entry lacking one. */
export type MessageTemplates = { readonly [L in Locale]: string };

/**
 * A parameter: an id, name, file, serial or number shown as it is in every language, or a message of its own
 * (a field's name, a reason nested in a sentence), rendered in the same language as the sentence around it.
 */
export type MessageParam = string | number | EngineMessage;

/** What crosses the contract and the engine's boundary: the code and its parameters. */
export interface EngineMessage {
  readonly code: string;
  readonly params: Readonly<Record<string, MessageParam>>;
}

/** The parameter names a template uses, from its `{name}` marks (a brace around other text, "{…}", is text). */
export type ParamNames<T extends string> = T extends `${string}{${infer P}}${infer Rest}` ? Name<P> | ParamNames<Rest> : never;
type Name<P extends string> = P extends '' | `${string}${'…' | ' ' | ',' | '"' | '{' | '['}${string}` ? never : P;

/** Keeps a catalogue's templates as literal types, so a message's parameters are checked where it is raised. */
export function defineMessages<const T extends Record<string, MessageTemplates>>(templates: T): T {
  return templates;
}

/** Every `{name}` of a template, in order of appearance, each once. */
export function paramNamesOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))];
}

export function isEngineMessage(value: unknown): value is EngineMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { params?: unknown }).params === 'object' &&
    (value as { params?: unknown }).params !== null
  );
}
