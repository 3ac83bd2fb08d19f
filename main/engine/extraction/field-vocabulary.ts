/**
 * Words a field's value is made of where the set is closed: vehicle brands sold in Việt Nam and the colour
 * words registration papers use. A brand or colour outside these lists is still read (see field-grammar.ts);
 * the lists let a value be cut clean from the noise around it.
 */

/** Brands as registration papers print them (upper case, folded). */
export const BRANDS: readonly string[] = [
  'HONDA', 'YAMAHA', 'SUZUKI', 'SYM', 'PIAGGIO', 'VESPA', 'KYMCO', 'VINFAST', 'PEGA', 'YADEA', 'DKBIKE', 'DETECH',
  'KAWASAKI', 'DUCATI', 'BENELLI', 'TRIUMPH', 'HARLEY-DAVIDSON', 'BMW', 'KTM', 'GPX', 'HAOJUE', 'DAELIM', 'VICTORIA',
  'TOYOTA', 'HYUNDAI', 'KIA', 'MAZDA', 'FORD', 'MITSUBISHI', 'NISSAN', 'CHEVROLET', 'DAEWOO', 'ISUZU', 'THACO',
  'MERCEDES-BENZ', 'MERCEDES', 'LEXUS', 'AUDI', 'PEUGEOT', 'SUBARU', 'VOLKSWAGEN', 'HINO', 'HOWO', 'DONGFENG',
  'VEAM', 'CUU LONG', 'TRUONG GIANG', 'SUZUKI SUPER CARRY', 'HONDA CIVIC', 'PORSCHE', 'VOLVO', 'LAND ROVER',
  'MG', 'BYD', 'WULING', 'JAC', 'CHENGLONG', 'FUSO', 'SAMCO', 'TRANSINCO', 'GAZ', 'KAMAZ', 'URAL', 'UAZ',
];

/** Colour words by their folded form, spelled as registration papers print them. */
export const COLOUR_WORDS: ReadonlyMap<string, string> = new Map([
  ['do', 'Đỏ'], ['den', 'Đen'], ['trang', 'Trắng'], ['xanh', 'Xanh'], ['lam', 'Lam'], ['luc', 'Lục'], ['duong', 'Dương'],
  ['la', 'Lá'], ['ngoc', 'Ngọc'], ['vang', 'Vàng'], ['bac', 'Bạc'], ['xam', 'Xám'], ['ghi', 'Ghi'], ['nau', 'Nâu'],
  ['hong', 'Hồng'], ['cam', 'Cam'], ['tim', 'Tím'], ['be', 'Be'], ['kem', 'Kem'], ['dong', 'Đồng'], ['cat', 'Cát'],
  ['titan', 'Titan'], ['reu', 'Rêu'], ['bien', 'Biển'], ['nhat', 'Nhạt'], ['dam', 'Đậm'], ['sam', 'Sẫm'], ['nhu', 'Nhũ'],
]);
