/**
 * Given and middle names a station sees that are no common name: real Vietnamese names (zodiac and birth-order
 * names, older and regional names), written from general knowledge. The reader's list of common name syllables
 * (main/engine/extraction/licence/name-syllables.ts) knows none of them, and must not be taught them: they are
 * here so that the benchmark scores names the reader has no list for, as every station's archive holds (the
 * synthetic people of main/engine/demo draw only common names, every one of which that list knows).
 */
import type { Rng } from '../rng';

const RARE_GIVEN = `
Khuyên Thiêm Nhẫn Duẩn Cẩn Chương Đoan Giáp Hanh Hòe Kế Khiết Lạc Lữ Mến Miên Nhạn Nhiên Nhuận Niệm Phùng
Quyến Sửu Tạo Thìn Thụ Tịnh Toại Tráng Tuệ Ước Vọng Xoan Hưởng Điều Mừng Nụ Thêu Huế Lành Thoại Dần Tỵ Hợi
Ngọ Mão Bính Đinh Kỷ Canh Nhâm Thân Dậu Tuất Út Cần Kiệm Liêm Tuyên Khởi Nhượng Chuyên Đoàn Ngữ Lưu
`.trim().split(/\s+/);
const RARE_MIDDLE = ['Khắc', 'Viết', 'Doãn', 'Đắc', 'Tất', 'Năng', 'Tự'];
/** Shares of holders whose given name, or middle name, is one of the above. */
const RARE_GIVEN_SHARE = 0.15;
const RARE_MIDDLE_SHARE = 0.08;

/** `name` (family, middle…, given) with, for some holders, a rare given or middle name in place of the drawn one. */
export function withRareNames(r: Rng, name: string): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  if (r.chance(RARE_GIVEN_SHARE)) words[words.length - 1] = r.pick(RARE_GIVEN);
  if (r.chance(RARE_MIDDLE_SHARE) && words[1] !== 'Thị') words[1] = r.pick(RARE_MIDDLE);
  return words.join(' ');
}
