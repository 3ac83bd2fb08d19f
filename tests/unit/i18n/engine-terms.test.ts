/**
 * The words the engine splices into its merge sentences (a merge's outcome) show in Vietnamese on a Vietnamese
 * screen, not as English inside it. (A repeated row's key, the act a role may not do and the register decision are
 * coded messages now: import-messages.test.ts, engine-messages.test.ts and campaign-messages.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../../main/engine/domain/messages/catalogue';
import { engineText, type Shown } from '../../../renderer/src/i18n/engine-text';

describe('engine words inside Vietnamese sentences', () => {
  it.each([
    [say('merge.done', { from: 'DS000001', into: 'DS000002', pages: 2 }), 'Dossier DS000001 was merged into DS000002; pages moved: 2.', 'Hồ sơ DS000001 đã được gộp vào hồ sơ DS000002; số trang đã chuyển: 2.'],
  ] as [Shown, string, string][])('%#: %s', (message, english, vietnamese) => {
    expect(engineText(message, 'vi')).toBe(vietnamese);
    expect(engineText(message, 'en')).toBe(english);
  });
});
