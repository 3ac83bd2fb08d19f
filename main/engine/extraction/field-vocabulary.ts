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

/** Colour words (folded); a colour value is one or more of them, joined by spaces or dashes. */
export const COLOUR_WORDS: ReadonlySet<string> = new Set([
  'do', 'den', 'trang', 'xanh', 'lam', 'luc', 'duong', 'la', 'ngoc', 'vang', 'bac', 'xam', 'ghi', 'nau', 'hong',
  'cam', 'tim', 'be', 'kem', 'dong', 'cat', 'titan', 'reu', 'bien', 'nhat', 'dam', 'sam', 'nhu', 'man',
]);
