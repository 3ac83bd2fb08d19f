/**
 * The words the engine splices into its campaign and merge sentences (the register decision, a merge's outcome)
 * show in Vietnamese on a Vietnamese screen, not as English inside it. (A repeated row's key and the act a role may
 * not do are coded messages now: import-messages.test.ts and engine-messages.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { engineText } from '../../../renderer/src/i18n/engine-text';

describe('engine words inside Vietnamese sentences', () => {
  it.each([
    ['owner_name of record HS0000002: take-register “Nguyễn Văn An” by lan.', 'chủ xe của hồ sơ HS0000002: lấy theo CSDL dân cư “Nguyễn Văn An” bởi lan.'],
    ['Dossier DS000001 was merged into DS000002; pages moved: 2.', 'Hồ sơ DS000001 đã được gộp vào hồ sơ DS000002; số trang đã chuyển: 2.'],
  ])('%s', (english, vietnamese) => {
    expect(engineText(english, 'vi')).toBe(vietnamese);
    expect(engineText(english, 'en')).toBe(english);
  });
});
