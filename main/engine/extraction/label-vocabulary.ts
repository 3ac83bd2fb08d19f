/**
 * Every wording of every label seen on declaration forms and certificates across the circulars: current ĐKX10,
 * older bilingual forms ("Số máy 1 (Engine N0)"), tables with labels in a left column, certificates. Written
 * folded (lower case, no marks, đ→d) because OCR drops and swaps Vietnamese marks. A label of kind `stop` is
 * a neighbour's label (birth year, issue date, phone…): found so that its value never leaks into a field.
 */
import type { ScanField } from '../domain/field-reading';

export type LabelKind = ScanField | 'stop' | 'rubbing_engine' | 'rubbing_chassis' | 'rubbing_both';

const VOCABULARY: Record<LabelKind, readonly string[]> = {
  owner_name: ['ten chu xe', 'ho va ten chu xe', 'ho ten chu xe', 'ho va ten', 'ho ten', 'chu so huu', "owner's full name", 'owners full name', 'owner name', 'full name', 'name of owner'],
  owner_id: ['so cccd', 'cccd/cmnd', 'so cmnd', 'so cccd/cmnd', 'so dinh danh ca nhan', 'dinh danh ca nhan', 'so can cuoc cong dan', 'so can cuoc', 'can cuoc cong dan', 'chung minh nhan dan', 'so chung minh', 'personal id', 'citizen id', 'so ddcn', 'so dinh danh', 'ma dinh danh', 'id card n', 'id number', 'identity card'],
  address: ['dia chi', 'noi thuong tru', 'noi cu tru', 'thuong tru', 'dia chi thuong tru', 'address', 'permanent residence', 'residence', 'noi o hien nay'],
  brand: ['nhan hieu', 'brand', 'make'],
  model: ['so loai', 'model code', 'model', 'ten thuong mai'],
  color: ['mau son', 'mau xe', 'color', 'colour'],
  engine: ['so may', 'so may 1', 'engine n', 'engine no', 'engine number', 'so dong co'],
  chassis: ['so khung', 'chassis n', 'chassis no', 'chassis number', 'frame n', 'so vin'],
  plate: ['bien so', 'bien so dang ky', 'bien kiem soat', 'bks', 'bien ks', 'bien so xe', 'number plate', 'plate n', 'plate no', 'license plate'],
  registered_on: [
    'ngay dang ky', 'ngay dang ki', 'dang ky lan dau', 'dang ki lan dau', 'ngay dang ky lan dau', 'ngay dk', 'ngay dky', 'registration date',
    'first registration', 'date of registration', 'date of first registration',
  ],
  rubbing_engine: ['ban ca so may', 'ban cha so may', 'ban ca so dong co'],
  rubbing_chassis: ['ban ca so khung', 'ban cha so khung'],
  rubbing_both: ['noi dan ban cha so may, so khung', 'noi dan ban ca so may, so khung', 'ban cha so may, so khung', 'ban ca so may, so khung', 'ban cha so may so khung'],
  stop: [
    'mau so', 'nam sinh', 'ngay sinh', 'date of birth', 'cap ngay', 'ngay cap', 'noi cap', 'date of issue', 'nam san xuat', 'so dien thoai',
    'dien thoai', 'phone', 'email', 'gioi tinh', 'quoc tich', 'so cho', 'dung tich', 'tai trong', 'nguon goc', 'loai xe',
    'so may 2', 'ghi ro ho ten', 'ky ghi ro', 'cong suat', 'ho chieu', 'ma so thue', 'so giay to', 'ngay het han', 'co gia tri den', 'chu xe ky',
  ],
};

/** Abbreviations, one edit away from other words ("ngày dk" ~ "ngày ký", the signing date): matched exactly. */
const EXACT_ONLY = new Set(['ngay dk', 'ngay dky', 'bks', 'bien ks', 'so ddcn']);

/** One wording: its kind, its folded text, and how many OCR edits a match may have. */
export interface LabelWording { kind: LabelKind; text: string; maxEdits: number }

/** Every wording, longest first (a longer label containing a shorter one wins: "bản cà số máy" ⊃ "số máy"). */
export const LABEL_WORDINGS: readonly LabelWording[] = (Object.entries(VOCABULARY) as [LabelKind, readonly string[]][])
  .flatMap(([kind, texts]) => texts.map((text) => ({ kind, text, maxEdits: EXACT_ONLY.has(text) ? 0 : text.length >= 16 ? 2 : text.length >= 7 ? 1 : 0 })))
  .sort((a, b) => b.text.length - a.text.length);

/** Title wordings that tell what a page is; `other` titles are the papers filed beside the forms. */
export const PAGE_TITLES: readonly { kind: 'declaration' | 'certificate' | 'other'; text: string }[] = [
  { kind: 'other', text: 'hoa don gia tri gia tang' },
  { kind: 'other', text: 'hoa don ban hang' },
  { kind: 'other', text: 'can cuoc cong dan' },
  { kind: 'other', text: 'citizen identity card' },
  { kind: 'other', text: 'chung minh nhan dan' },
  { kind: 'other', text: 'giay phep lai xe' },
  { kind: 'other', text: 'hop dong mua ban' },
  { kind: 'other', text: 'giay uy quyen' },
  { kind: 'declaration', text: 'giay khai dang ky xe' },
  { kind: 'declaration', text: 'to khai dang ky xe' },
  { kind: 'declaration', text: 'vehicle registration declaration' },
  { kind: 'certificate', text: 'chung nhan dang ky' },
  { kind: 'certificate', text: 'certificate of vehicle registration' },
  { kind: 'certificate', text: 'vehicle registration certificate' },
];
