/**
 * The engine's coded messages: every code speaks both UI languages with the same parameters, and a Vietnamese
 * screen shows no English word except what the parameters bring (names, serials, files).
 */
import { describe, expect, it } from 'vitest';
import { messageCatalogue } from '../../../main/engine/domain/messages/catalogue';
import { LOCALES, paramNamesOf } from '../../../main/engine/domain/messages/message';
import { renderMessage } from '../../../main/engine/domain/messages/render';
import { englishWords } from './english-words';

const entries = Object.entries(messageCatalogue) as [string, Record<string, string>][];

describe('the catalogue of engine messages', () => {
  it('holds the messages the engine raises', () => {
    expect(entries.length).toBeGreaterThan(50);
    expect(messageCatalogue['review.no_dossier'].en).toBe('There is no dossier {dossier}.');
  });

  it('gives every code a sentence in each UI language', () => {
    const lacking = entries.flatMap(([code, t]) => LOCALES.filter((l) => typeof t[l] !== 'string' || t[l].trim() === '').map((l) => `${code} ${l}`));
    expect(lacking).toEqual([]);
  });

  it('uses the same parameters in Vietnamese as in English', () => {
    const differ = entries.filter(([, t]) => paramNamesOf(t.en).sort().join() !== paramNamesOf(t.vi).sort().join()).map(([code]) => code);
    expect(differ).toEqual([]);
  });

  it('writes no English word in a Vietnamese sentence outside its parameters', () => {
    // Parameters, the paths a sentence gives as examples (D:\\Sohoa\\backup, resources/fonts) and file extensions
    // (.xlsx) are left out.
    const words = (vi: string): string[] =>
      englishWords(vi.replace(/\{\w+\}/g, ' ').replace(/\S*[\\/]\S*/g, ' ').replace(/(^|[\s(])\.[a-z0-9]+/gi, ' '));
    const found = entries.map(([code, t]) => [code, words(t.vi)] as const).filter(([, w]) => w.length > 0);
    expect(found).toEqual([]);
  });

  it('would catch an English sentence left in the Vietnamese column', () => {
    expect(englishWords('There is no dossier .')).toEqual(['there', 'is', 'no', 'dossier']);
    expect(englishWords('Không có hồ sơ , dùng keep-record hoặc CSV.')).toEqual([]);
  });

  it('renders a message in each language, nested terms in the same language', () => {
    const refusal = { code: 'account.forbidden', params: { name: 'minh', role: { code: 'role.clerk', params: {} }, who: { code: 'roles.officer_lead', params: {} }, doing: { code: 'doing.merge_dossiers', params: {} } } };
    expect(renderMessage(refusal, 'en')).toBe('minh is a clerk: only officers and leads can merge dossiers.');
    expect(renderMessage(refusal, 'vi')).toBe('minh là cán bộ số hóa: chỉ cán bộ đối soát và lãnh đạo đơn vị mới được gộp hồ sơ.');
  });

  it('shows a code it does not know with its parameters rather than nothing', () => {
    expect(renderMessage({ code: 'future.thing', params: { dossier: 'DS000001' } }, 'vi')).toBe('future.thing {"dossier":"DS000001"}');
  });
});
