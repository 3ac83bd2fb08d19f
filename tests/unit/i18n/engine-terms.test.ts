/**
 * The words the engine splices into its campaign and merge sentences (the key a repeated row names, the register
 * decision, the act a role may not do) show in Vietnamese on a Vietnamese screen, not as English inside it.
 */
import { describe, expect, it } from 'vitest';
import { engineText } from '../../../renderer/src/i18n/engine-text';

describe('engine words inside Vietnamese sentences', () => {
  it.each([
    ['register.csv row 3 repeats personal ID 001090000123 from row 2; this row was not imported.', 'register.csv dòng 3 lặp lại số định danh cá nhân 001090000123 của dòng 2; dòng này không được nhập.'],
    ['ihanoi.csv row 3 repeats declaration id KB-1 from row 2; this row was not imported.', 'ihanoi.csv dòng 3 lặp lại mã khai báo KB-1 của dòng 2; dòng này không được nhập.'],
    ['gplx.csv row 3 repeats licence number 010203040506 from row 2; this row was not imported.', 'gplx.csv dòng 3 lặp lại số GPLX 010203040506 của dòng 2; dòng này không được nhập.'],
    ['owner_name of record HS0000002: take-register “Nguyễn Văn An” by lan.', 'chủ xe của hồ sơ HS0000002: lấy theo CSDL dân cư “Nguyễn Văn An” bởi lan.'],
    ['Dossier DS000001 was merged into DS000002; pages moved: 2.', 'Hồ sơ DS000001 đã được gộp vào hồ sơ DS000002; số trang đã chuyển: 2.'],
  ])('%s', (english, vietnamese) => {
    expect(engineText(english, 'vi')).toBe(vietnamese);
    expect(engineText(english, 'en')).toBe(english);
  });
});
