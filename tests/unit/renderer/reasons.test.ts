import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../../main/engine/lookup/explain';
import { searchKey } from '../../../main/engine/lookup/fold';
import { REASON_CODES, type LinkReason } from '../../../main/engine/lookup/reason';
import { reasonText, verdictText } from '../../../renderer/src/i18n/reason-text';
import { reasonText as commandLineWhy } from '../../../main/engine/lookup/reason';

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
    for (const code of REASON_CODES) {
      const sample = SAMPLES[code];
      const text = reasonText(sample, 'vi');
      expect(text, code).not.toMatch(ENGLISH);
      expect(reasonText(sample, 'en'), code).not.toBe(text);
      // The English screen and the command line's `why` are one sentence, from one catalogue.
      expect(reasonText(sample, 'en'), code).toBe(commandLineWhy(sample));
    }
  });

  it('says a real OCR confusion and a slip in Vietnamese, naming the field and the positions', () => {
    const explained = explainMatch('chassis', searchKey('RLHJF632OBY12345'), searchKey('RLHJF6320BY123456'));
    expect(explained).not.toBeNull();
    const text = reasonText(explained!.reason, 'vi');
    expect(text).toMatch(/^số khung /);
    expect(text).toContain('“O” được đọc thành “0” (vị trí 9)');
    expect(text).not.toMatch(ENGLISH);
  });

  it('says the link verdict in Vietnamese', () => {
    const text = verdictText({ code: 'link.linked', record_id: 'HS000004', reasons: [SAMPLES['match.edit'], SAMPLES['link.matches'], SAMPLES['link.owner-name']] }, 'vi');
    expect(text).toMatch(/^Đã liên kết với HS000004: số máy khác một ký tự/);
    expect(text).toContain('số CCCD/CMND khớp');
    expect(text).not.toMatch(ENGLISH);
  });
});

describe('a licence card\'s link', () => {
  it('names the licence it was linked to as a licence, in both languages', () => {
    const linked = { code: 'link.linked' as const, record_id: '012345678901', reasons: [{ code: 'link.matches' as const, field: 'licence number' }] };
    expect(verdictText(linked, 'vi', 'licence')).toBe('Đã liên kết với giấy phép lái xe 012345678901: số GPLX khớp.');
    expect(verdictText(linked, 'en', 'licence')).toBe('Linked to licence 012345678901: licence number matches.');
  });
});
