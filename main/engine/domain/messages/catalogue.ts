/**
 * Every message the engine can show a person, by code: each area's catalogue file, joined. `say` is how the
 * engine raises one; the compiler checks the code exists and that the parameters are the template's.
 */
import type { EngineMessage, MessageParam, MessageTemplates, ParamNames } from './message';
import { termMessages } from './terms.messages';
import { accountMessages } from './accounts.messages';
import { reviewMessages } from './review.messages';
import { exportMessages } from './export.messages';
import { settingsMessages } from './settings.messages';
import { pageMessages } from './pages.messages';
import { scannerMessages } from './scanner.messages';
import { tableFileMessages } from './table-file.messages';
import { backupMessages } from './backup.messages';
import { stationMessages } from './station.messages';
import { recordMessages } from './records.messages';
import { ownerMessages } from './owners.messages';
import { licenceMessages } from './licences.messages';
import { retiredMessages } from './retired.messages';
import { linkMessages } from './link.messages';
import { auditLogMessages } from './audit-log.messages';

export const messageCatalogue = {
  ...termMessages,
  ...accountMessages,
  ...reviewMessages,
  ...exportMessages,
  ...settingsMessages,
  ...pageMessages,
  ...scannerMessages,
  ...tableFileMessages,
  ...backupMessages,
  ...stationMessages,
  ...recordMessages,
  ...ownerMessages,
  ...licenceMessages,
  ...retiredMessages,
  ...linkMessages,
  ...auditLogMessages,
} as const satisfies Record<string, MessageTemplates>;

export type MessageCode = keyof typeof messageCatalogue;

/** The parameters a code takes: its English template's `{name}`s (the catalogue test holds the Vietnamese to the same). */
export type MessageParams<C extends MessageCode> = { readonly [P in ParamNames<(typeof messageCatalogue)[C]['en']>]: MessageParam };

/** A message of the catalogue; a code without parameters takes none. */
export function say<C extends MessageCode>(code: C, ...params: [ParamNames<(typeof messageCatalogue)[C]['en']>] extends [never] ? [] : [MessageParams<C>]): EngineMessage {
  return { code, params: params[0] ?? {} };
}

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(messageCatalogue, code);
}

/**
 * A word the engine puts in a sentence (a field's key, a role, an action, a status) as a coded term, so each
 * language names it its own way; a word the catalogue lacks is shown as it is.
 */
export function termOf(kind: 'field' | 'role' | 'roles' | 'action' | 'status', word: string): MessageParam {
  const code = `${kind}.${word}`;
  return isMessageCode(code) ? { code, params: {} } : word;
}
