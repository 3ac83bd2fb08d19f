import { describe, expect, it } from 'vitest';
import { findHolderName } from '../../../main/engine/extraction/licence/licence-grammar';
import { finishHolderName } from '../../../main/engine/extraction/licence/holder-name-read';

describe('a holder\'s name as OCR reads it off a card', () => {
  it('reads a name in capitals whole when OCR gave one marked capital in lower case (VăN, BìNH, đẶNG), in capitals', () => {
    expect(findHolderName('NGUYỄN VăN AN')?.value).toBe('NGUYỄN VĂN AN');
    expect(findHolderName('Full name: TRẦN VĂN BìNH')?.value).toBe('TRẦN VĂN BÌNH');
    expect(findHolderName('Họ tên: đẶNG THỊ HồNG')?.value).toBe('ĐẶNG THỊ HỒNG');
  });

  it('keeps a name printed in title case as printed, and stops at label words and lower-case words', () => {
    expect(findHolderName('Họ và tên: Nguyễn Văn An')?.value).toBe('Nguyễn Văn An');
    expect(findHolderName('Lê Thị Hoa sinh năm')?.value).toBe('Lê Thị Hoa');
    expect(findHolderName('Họ tên: LÊ VĂN TÁM Quốc tịch: Việt Nam')?.value).toBe('LÊ VĂN TÁM');
  });

  it('gives THỊ its dot back in the middle of a name, and leaves a given name Thi as read', () => {
    expect(finishHolderName('HOÀNG THI LAN')).toBe('HOÀNG THỊ LAN');
    expect(finishHolderName('NGUYỄN THI NGỌC ANH')).toBe('NGUYỄN THỊ NGỌC ANH');
    expect(finishHolderName('LÊ VĂN THI')).toBe('LÊ VĂN THI');
  });

  it('reads a middle syllable starting with a P (no Vietnamese syllable does but PH) as the Đ OCR took for it', () => {
    expect(finishHolderName('BÙI PAC XUÂN')).toBe('BÙI ĐẮC XUÂN');
    expect(finishHolderName('NGUYỄN KHAC LONG')).toBe('NGUYỄN KHẮC LONG');
    expect(finishHolderName('LÊ PHƯƠNG ANH')).toBe('LÊ PHƯƠNG ANH');
  });
});
