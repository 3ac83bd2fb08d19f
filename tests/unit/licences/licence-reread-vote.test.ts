import { describe, expect, it } from 'vitest';
import { voteDate, voteDigits } from '../../../main/engine/extraction/licence/licence-no-read';
import { voteName } from '../../../main/engine/extraction/licence/holder-name-read';

describe('votes over re-reads of a licence card', () => {
  it('outvotes one misread digit of a number, and lets the first read break a tie', () => {
    expect(voteDigits(['011842504258', '011042504258', '011042504258'])).toBe('011042504258');
    expect(voteDigits(['011842504258', '011042504258'])).toBe('011842504258');
    // A read of another length is no evidence.
    expect(voteDigits(['011842504258', '01104250425', '11042504258'])).toBe('011842504258');
  });

  it('votes a date position by position and keeps the first read when the vote is no calendar date', () => {
    expect(voteDate(['1985-05-18', '1985-05-15', '1985-05-15'])).toBe('1985-05-15');
    expect(voteDate(['1979-05-09'])).toBe('1979-05-09');
    // 1986-02-29 is no date: the card's pass stands.
    expect(voteDate(['1986-07-29', '1986-02-29', '1986-02-29'])).toBe('1986-07-29');
  });

  it("keeps a capital's mark that only one read of the name saw", () => {
    expect(voteName(['NGUYỄN THANH LAM', 'NGUYỄN THANH LAM', 'NGUYỄN THANH LÂM'])).toBe('NGUYỄN THANH LÂM');
    expect(voteName(['BÙI DIÊU YÊN', 'BÙI DIỆU YẾN', 'BÙI DIỆU YÊN'])).toBe('BÙI DIỆU YẾN');
  });
});
