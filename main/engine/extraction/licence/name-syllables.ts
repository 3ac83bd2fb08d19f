/**
 * Marks a holder's name cannot do without. A licence prints names in capitals, and OCR loses the marks of a
 * small capital (the dot under MẠNH, the dot under DIỆU, a circumflex squeezed against the line above) far more
 * often than it invents one. A capital syllable that is no common Vietnamese name syllable as read, and that
 * only one common name syllable can be once its lost marks are put back (its own marks all kept), is given that
 * syllable; a syllable that is a name as read (LAM, YÊN) or that two names could be (THUY: Thùy, Thúy, Thủy) is
 * left as read. The list is of common given and middle names, written from general knowledge of Vietnamese
 * names (not from any corpus), with the forms that are names without marks (Anh, Lam, Minh) among them.
 */
import { foldVietnamese } from '../../text/vietnamese';

const NAME_SYLLABLES = `
An Ân Anh Ánh Bá Bách Bạch Bằng Bảo Bắc Bích Biên Bình Bội Bửu Ca Cát Cầm Cẩm Cảnh Cao Chánh Châu Chi Chiến
Chinh Chính Chung Công Cúc Cương Cường Danh Dân Diễm Diện Diệp Diệu Doanh Du Dung Dũng Duy Duyên Dương Dưỡng
Đại Đan Đán Đạo Đạt Đắc Điền Điệp Định Đình Đông Đồng Đức Đăng Đằng Đào Gấm Giang Gia Giao Hà Hạ Hải Hạnh Hành
Hào Hảo Hằng Hân Hậu Hiên Hiền Hiển Hiến Hiếu Hiệp Hiệu Hinh Hoa Hòa Hóa Hoài Hoan Hoàn Hoàng Học Hồng Hợp
Huân Huấn Huệ Hùng Hưng Hương Hường Hữu Huy Huyền Huỳnh Kha Khang Khanh Khánh Khải Khắc Khiêm Khoa Khôi Khuê Khương
Kiên Kiệt Kiều Kim Kỳ Lam Lan Lâm Lân Lập Lê Lệ Liên Liễu Linh Loan Lộc Long Lợi Luân Luận Lực Lương Lụa Ly Lý
Mai Mạnh Mẫn Minh Mỹ My Nam Nga Ngân Nghĩa Nghị Ngọc Nguyên Nguyệt Nhàn Nhã Nhân Nhật Nhi Nhung Như Ninh Oanh
Phát Phấn Phi Phong Phú Phúc Phụng Phước Phương Phượng Quân Quang Quảng Quế Quốc Quý Quyên Quyền Quyết Quỳnh
Sang Sáng Sâm Sơn Sinh Sỹ Sĩ Tài Tâm Tân Tấn Thạch Thái Thắm Thắng Thanh Thành Thảo Thế Thi Thị Thiện Thịnh
Thoa Thọ Thơ Thông Thu Thủy Thùy Thúy Thư Thương Thuận Thục Thức Tiến Tiên Tín Tình Toàn Toản Trà Trâm Trang
Trí Triều Triệu Trinh Trịnh Trọng Trung Trúc Trường Tú Tuấn Tùng Tuyết Tuyến Tuyền Tường Tý Uyên Vân Văn Vi
Việt Vinh Vĩnh Võ Vũ Vượng Vy Xuân Yến Yên Ý
`.trim().split(/\s+/).map((s) => s.normalize('NFC').toLocaleUpperCase('vi'));
const KNOWN = new Set(NAME_SYLLABLES);
const BY_FOLD = new Map<string, string[]>();
for (const s of NAME_SYLLABLES) BY_FOLD.set(foldVietnamese(s), [...(BY_FOLD.get(foldVietnamese(s)) ?? []), s]);

/** The marks on each letter (tone and vowel marks; đ counts as one). */
const marksOf = (c: string): string[] => [...c.normalize('NFD').slice(1)].concat(/[đĐ]/.test(c) ? ['đ'] : []);

/** Every mark of `read` is on the same letter of `name` (the same letters, some marks lost). */
function keepsMarks(read: string, name: string): boolean {
  const a = [...read];
  const b = [...name];
  return a.length === b.length && a.every((c, i) => marksOf(c).every((m) => marksOf(b[i]!).includes(m)));
}

/**
 * The name with the marks its capital given and middle syllables cannot do without put back, where only one
 * name fits (the family name has its own list: vietnamese-names.ts).
 */
export function restoreNameMarks(name: string): string {
  const words = name.normalize('NFC').split(' ');
  return words.map((read, i) => {
    // THỊ, the middle name of most women's names, is read THI once its dot is lost; Thi is a given name, last.
    if (read === 'THI' && i > 0 && i < words.length - 1) return 'THỊ';
    // No Vietnamese syllable starts with a P but PH: a capital Đ whose bar and bowl OCR read as a P (PAC: ĐẮC).
    const w = i > 0 && read === read.toLocaleUpperCase('vi') && /^p[^h]/.test(foldVietnamese(read)) ? `Đ${read.slice(1)}` : read;
    if (i === 0 || w.length < 2 || w !== w.toLocaleUpperCase('vi') || KNOWN.has(w)) return w;
    const fits = (BY_FOLD.get(foldVietnamese(w)) ?? []).filter((s) => keepsMarks(w, s));
    return fits.length ? (fits.length === 1 ? fits[0]! : w) : restoreVOrY(w);
  }).join(' ');
}

/**
 * A capital V and Y differ only in the Y's stem, which small print's blur takes away (VẾN for YẾN): a capital
 * syllable that is no common name but that one common name is with the other letter, its marks kept, is that
 * name. Its marks are the read's, so this holds for a syllable whose marks the reads agreed on too.
 */
export function restoreVOrY(w: string): string {
  if (!/^[VY]/.test(w) || w !== w.toLocaleUpperCase('vi') || KNOWN.has(w)) return w;
  const other = `${w[0] === 'V' ? 'Y' : 'V'}${w.slice(1)}`;
  const fits = (BY_FOLD.get(foldVietnamese(other)) ?? []).filter((s) => keepsMarks(other, s));
  return fits.length === 1 ? fits[0]! : w;
}

/** A common given or middle name syllable, as written (any case). */
export const isNameSyllable = (w: string): boolean => KNOWN.has(w.normalize('NFC').toLocaleUpperCase('vi'));

/**
 * The syllable several reads of one capital syllable agree is a name: the one a read gave that is a common
 * name (the most reads' first, then the one with more marks); when none is, the only common name all of
 * whose marks some read kept (QUAN, QUẦN: one read invented the grave, another lost the circumflex → QUÂN);
 * null when reads and names cannot tell.
 */
export function nameAmongReads(variants: readonly string[]): string | null {
  const upper = variants.map((v) => v.normalize('NFC').toLocaleUpperCase('vi'));
  const named = upper.filter((v) => KNOWN.has(v));
  if (named.length) {
    const count = (w: string): number => named.filter((n) => n === w).length;
    const marks = (w: string): number => [...w].reduce((a, c) => a + marksOf(c).length, 0);
    return named.reduce((best, w) => (count(w) > count(best) || (count(w) === count(best) && marks(w) > marks(best)) ? w : best));
  }
  const fits = (BY_FOLD.get(foldVietnamese(upper[0] ?? '')) ?? []).filter((s) => upper.some((v) => keepsMarks(v, s)));
  return fits.length === 1 ? fits[0]! : null;
}
