import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../../main/engine/lookup/explain';
import { searchKey } from '../../../main/engine/lookup/fold';
import { REASON_CODES, type LinkReason } from '../../../main/engine/lookup/reason';
import { makeTranslate } from '../../../renderer/src/i18n/translate';
import { reasonText, reasonWords, verdictText } from '../../../renderer/src/i18n/reason-text';

/** Words of the engine's English that must never show on a Vietnamese screen. */
const ENGLISH = /\b(matches|differs|exactly|read as|position|positions|search text|record|character|swapped|linked|and|if)\b/i;

const SAMPLES: Record<(typeof REASON_CODES)[number], LinkReason> = {
  'match.exact': { code: 'match.exact', field: 'chassis' },
  'match.confusion': { code: 'match.confusion', field: 'chassis', confusions: [{ read: 'O', as: '0', at: 6 }, { read: 'I', as: '1', at: 8 }] },
  'match.edit': { code: 'match.edit', field: 'engine', edit: { op: 'substitute', at: 3, search: '8', record: 'B' }, confusions: [{ read: 'O', as: '0', at: 6 }] },
  'link.matches': { code: 'link.matches', field: 'citizen ID' },
  'link.differs': { code: 'link.differs', field: 'plate' },
  'link.owner-name': { code: 'link.owner-name' },
};

describe('link and search reasons as codes rendered from catalogues', () => {
  it('renders every reason code the engine writes in Vietnamese without English words, and in English', () => {
    const vi = makeTranslate('vi');
    const en = makeTranslate('en');
    for (const code of REASON_CODES) {
      const sample = SAMPLES[code];
      const text = reasonText(sample, 'vi', vi);
      expect(text, code).not.toMatch(ENGLISH);
      expect(reasonText(sample, 'en', en), code).not.toBe(text);
    }
    expect(Object.keys(reasonWords.vi).sort()).toEqual(Object.keys(reasonWords.en).sort());
  });

  it('says a real OCR confusion and a slip in Vietnamese, naming the field and the positions', () => {
    const explained = explainMatch('chassis', searchKey('RLHJF632OBY12345'), searchKey('RLHJF6320BY123456'));
    expect(explained).not.toBeNull();
    const text = reasonText(explained!.reason, 'vi', makeTranslate('vi'));
    expect(text).toMatch(/^số khung /);
    expect(text).toContain('“O” được đọc thành “0” (vị trí 9)');
    expect(text).not.toMatch(ENGLISH);
  });

  it('says the link verdict in Vietnamese', () => {
    const text = verdictText({ code: 'link.linked', record_id: 'HS000004', reasons: [SAMPLES['match.edit'], SAMPLES['link.matches'], SAMPLES['link.owner-name']] }, 'vi', makeTranslate('vi'));
    expect(text).toMatch(/^Đã liên kết với HS000004: số máy khác một ký tự/);
    expect(text).toContain('số CCCD/CMND khớp');
    expect(text).not.toMatch(ENGLISH);
  });
});
