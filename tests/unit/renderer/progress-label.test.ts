/** The label of a running job on a Vietnamese screen: the engine's stage words in Vietnamese, file names as they are. */
import { describe, expect, it } from 'vitest';
import { progressLabel } from '../../../renderer/src/i18n/progress-label';
import { makeTranslate } from '../../../renderer/src/i18n/translate';
import { englishWords } from '../i18n/english-words';

describe('a running job\'s label', () => {
  const vi = makeTranslate('vi');

  it('says the engine\'s stages (pages read, a scanner feeding paper, an export that failed) in Vietnamese', () => {
    expect(progressLabel('pages', vi)).toBe('Đang nhận dạng các trang');
    expect(progressLabel('scanner', vi)).toBe('Máy quét đang quét giấy');
    expect(progressLabel('failed', vi)).toBe('Xuất lô không thành công');
    for (const stage of ['pages', 'scanner', 'failed']) expect(englishWords(progressLabel(stage, vi))).toEqual([]);
    expect(progressLabel('scanner', makeTranslate('en'))).toBe('The scanner is scanning');
  });

  it('shows a file or dossier being worked on as it is', () => {
    expect(progressLabel('ho-so-0001.pdf', vi)).toBe('ho-so-0001.pdf');
    expect(progressLabel('DS000042', vi)).toBe('DS000042');
  });
});
