/**
 * The licence records a licence benchmark run links against: every card's licence, a share of them differing
 * from the card in one field (a slip in the number, the holder's name, a date or the class), and distractor
 * licences, so linking and flags are measured against a real-sized register.
 */
import { createRng } from '../../corpus/rng';
import { dmy, licenceTruth, type LicenceTruth, type LicenceTruthField } from '../../corpus/licences/truth';

export interface LicenceCase {
  record: LicenceTruth;
  /** The field where the record differs from the card, if any. */
  differs: LicenceTruthField | null;
}

const DIFFERABLE: LicenceTruthField[] = ['licence_no', 'full_name', 'birth_date', 'class', 'issued_on'];
const nextDay = (iso: string): string => iso.replace(/-(\d\d)$/, (_, d: string) => `-${String((Number(d) % 27) + 1).padStart(2, '0')}`);

export function licenceCases(truths: LicenceTruth[], seed: number, share = 0.35): LicenceCase[] {
  const r = createRng(seed).fork('licence-station');
  return truths.map((t) => {
    if (!r.chance(share)) return { record: t, differs: null };
    const field = r.pick(DIFFERABLE);
    const record = { ...t };
    if (field === 'licence_no') record.licence_no = t.licence_no.replace(/\d(?=\d{3}$)/, (d) => String((Number(d) + 1) % 10));
    if (field === 'full_name') record.full_name = t.full_name.replace(/(\S)$/u, (c) => (c === 'H' ? 'N' : 'H'));
    if (field === 'birth_date') record.birth_date = nextDay(t.birth_date);
    if (field === 'issued_on') record.issued_on = nextDay(t.issued_on);
    if (field === 'class') record.class = t.class === 'B2' ? 'C' : 'B2';
    return { record, differs: field };
  });
}

export function distractorLicences(n: number): LicenceTruth[] {
  const r = createRng(4242);
  return Array.from({ length: n }, (_, i) => licenceTruth(r.fork(`d${i}`), i % 2 ? 'pet' : 'paper'));
}

const cell = (s: string | null): string => (s === null ? '' : /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function licencesCsv(records: LicenceTruth[]): string {
  const rows = records.map((t) => [t.licence_no, t.class, t.full_name, dmy(t.birth_date), t.personal_id, dmy(t.issued_on), t.valid_until ? dmy(t.valid_until) : '', t.issued_by].map(cell).join(','));
  return ['Số GPLX,Hạng,Họ và tên,Ngày sinh,Số định danh cá nhân,Ngày cấp,Có giá trị đến,Nơi cấp', ...rows].join('\n');
}
