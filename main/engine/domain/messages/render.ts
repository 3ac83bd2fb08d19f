/** Turns a coded message into a sentence of one UI language, nested messages in the same language. */
import { isMessageCode, messageCatalogue } from './catalogue';
import { isEngineMessage, type EngineMessage, type Locale, type MessageParam } from './message';

/** How a plain parameter is written (the screens write dates and sizes the reader's way); as it is by default. */
export type ParamFormat = (value: string | number, name: string, locale: Locale) => string;

const asIs: ParamFormat = (value) => String(value);

export function renderMessage(message: EngineMessage, locale: Locale, format: ParamFormat = asIs): string {
  // A code this build does not know (a newer engine) is still shown, with its parameters, rather than lost.
  if (!isMessageCode(message.code)) return `${message.code} ${JSON.stringify(message.params)}`;
  const template = messageCatalogue[message.code][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value: MessageParam | undefined = message.params[name];
    if (value === undefined) return whole;
    return isEngineMessage(value) ? renderMessage(value, locale, format) : format(value, name, locale);
  });
}
