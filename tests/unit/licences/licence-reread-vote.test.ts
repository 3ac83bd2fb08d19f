import { describe, expect, it } from 'vitest';
import { slashedZeros, voteDigits } from '../../../main/engine/extraction/licence/licence-no-read';
import { voteName } from '../../../main/engine/extraction/licence/holder-name-read';

describe('votes over re-reads of a licence card', () => {
  it('outvotes one misread digit of a number, and lets the first read break a tie', () => {
    expect(voteDigits(['011842504258', '011042504258', '011042504258'])).toBe('011042504258');
    expect(voteDigits(['011842504258', '011042504258'])).toBe('011842504258');
    // A read of another length is no evidence.
    expect(voteDigits(['011842504258', '01104250425', '11042504258'])).toBe('011842504258');
  });

  it('takes the 0 where reads of a number disagree between a 0 and an 8 or 9 (a slashed zero), and nowhere else', () => {
    // The card's pass read the slashed 0 right, the digit-only read saw an 8; a tie is no longer the first read's.
    expect(slashedZeros(voteDigits(['369738861789', '360738861789']), ['369738861789', '360738861789'])).toBe('360738861789');
    expect(slashedZeros(voteDigits(['271627103378', '271627183378']), ['271627103378', '271627183378'])).toBe('271627103378');
    // Reads that agree on an 8, or disagree between other digits, stand as voted.
    expect(slashedZeros('011842504258', ['011842504258', '011842504258'])).toBe('011842504258');
    expect(slashedZeros('011342504258', ['011342504258', '011542504258'])).toBe('011342504258');
  });

  it("keeps a capital's mark that only one read of the name saw", () => {
    expect(voteName(['NGUYỄN THANH LAM', 'NGUYỄN THANH LAM', 'NGUYỄN THANH LÂM'])).toBe('NGUYỄN THANH LÂM');
    expect(voteName(['BÙI DIÊU YÊN', 'BÙI DIỆU YẾN', 'BÙI DIỆU YÊN'])).toBe('BÙI DIỆU YẾN');
  });
});
