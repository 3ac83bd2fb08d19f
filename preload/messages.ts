/**
 * The engine's message catalogue as the screens use it: coded messages and their sentences in each UI language,
 * defined once in main/engine/domain/messages/. Plain data and functions (no zod), so the renderer may bundle it.
 */
export type { EngineMessage, MessageParam, Locale } from '../main/engine/domain/messages/message';
export { isEngineMessage } from '../main/engine/domain/messages/message';
export { renderMessage, type ParamFormat } from '../main/engine/domain/messages/render';
export { reasonMessage, reasonsMessage, verdictMessage, type LinkSubject } from '../main/engine/domain/link-said';
