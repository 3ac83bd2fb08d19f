import type { LinkReason, LinkVerdictCode, Locale } from '../../../preload/contract';
import { fieldLabel } from './fieldLabel';
import type { Translate } from './translate';

type Confusion = { read: string; as: string; at: number };
type Edit = Extract<LinkReason, { code: 'match.edit' }>['edit'];

/** The words of each language around a reason's parameters; `f` is the field's label, `q` a quoted character. */
interface Words {
  exact: (f: string) => string;
  confusion: (f: string, c: string) => string;
  firstConfusion: (read: string, as: string, p: number) => string;
  nextConfusion: (read: string, as: string, p: number) => string;
  and: string;
  substitute: (f: string, search: string, record: string, p: number) => string;
  transpose: (f: string, first: string, second: string, p: number) => string;
  extra: (f: string, search: string, p: number) => string;
  missing: (f: string, record: string, p: number) => string;
  alsoConfusion: (slip: string, c: string) => string;
  matches: (f: string) => string;
  differs: (f: string) => string;
  ownerName: string;
  linked: (id: string, why: string) => string;
  none: string;
  noVehicle: string;
  tie: (n: number) => string;
  manual: (id: string, user: string) => string;
  noLicence: string;
  noLicences: string;
  licenceTie: (n: number) => string;
  nothing: string;
}

/** The catalogues: every reason code in Vietnamese and English (a unit test checks both render every code). */
export const reasonWords: Record<Locale, Words> = {
  vi: {
    exact: (f) => `${f} khớp hoàn toàn`,
    confusion: (f, c) => `${f} khớp nếu ${c}`,
    firstConfusion: (r, a, p) => `“${r}” được đọc thành “${a}” (vị trí ${p})`,
    nextConfusion: (r, a, p) => `“${r}” thành “${a}” (vị trí ${p})`,
    and: 'và',
    substitute: (f, s, r, p) => `${f} khác một ký tự: nội dung tìm có “${s}” trong khi bản ghi có “${r}” (vị trí ${p})`,
    transpose: (f, a, b, p) => `${f} khác do hai ký tự liền nhau bị đảo: “${a}” và “${b}” ở vị trí ${p}–${p + 1}`,
    extra: (f, s, p) => `${f} ít hơn một ký tự: nội dung tìm có thêm “${s}” ở vị trí ${p}`,
    missing: (f, r, p) => `${f} nhiều hơn một ký tự: nội dung tìm thiếu “${r}” ở vị trí ${p}`,
    alsoConfusion: (slip, c) => `${slip}, và khớp nếu ${c}`,
    matches: (f) => `${f} khớp`,
    differs: (f) => `${f} khác`,
    ownerName: 'tên chủ xe khớp',
    linked: (id, why) => `Đã liên kết với ${id}: ${why}.`,
    none: 'Không có bản ghi nào có biển số, số khung, số máy hoặc số CCCD này.',
    noVehicle: 'Không có bản ghi nào trùng số khung hoặc số máy của xe này.',
    tie: (n) => `${n} bản ghi khớp gần như nhau: cán bộ đối soát sẽ chọn.`,
    manual: (id, user) => `Đã liên kết với ${id} do ${user} chọn.`,
    noLicence: 'Không có giấy phép lái xe nào mang số này, hoặc mang họ tên và ngày sinh này.',
    noLicences: 'Trạm chưa có dữ liệu giấy phép lái xe để liên kết.',
    licenceTie: (n) => `${n} giấy phép lái xe phù hợp gần như nhau: cán bộ đối soát sẽ chọn.`,
    nothing: 'không có gì trùng khớp',
  },
  en: {
    exact: (f) => `${f} matches exactly`,
    confusion: (f, c) => `${f} matches if ${c}`,
    firstConfusion: (r, a, p) => `“${r}” is read as “${a}” (position ${p})`,
    nextConfusion: (r, a, p) => `“${r}” as “${a}” (position ${p})`,
    and: 'and',
    substitute: (f, s, r, p) => `${f} differs by one character: “${s}” in the search text where the record has “${r}” (position ${p})`,
    transpose: (f, a, b, p) => `${f} differs by two neighbouring characters swapped: “${a}” and “${b}” at positions ${p}–${p + 1}`,
    extra: (f, s, p) => `${f} has one character fewer: the search text has an extra “${s}” at position ${p}`,
    missing: (f, r, p) => `${f} has one character more: the search text is missing “${r}” at position ${p}`,
    alsoConfusion: (slip, c) => `${slip}, and matches if ${c}`,
    matches: (f) => `${f} matches`,
    differs: (f) => `${f} differs`,
    ownerName: 'owner name matches',
    linked: (id, why) => `Linked to ${id}: ${why}.`,
    none: 'No record has this plate, chassis, engine or citizen ID.',
    noVehicle: 'No record shares this vehicle’s chassis or engine number.',
    tie: (n) => `${n} records fit about equally well: the officer chooses.`,
    manual: (id, user) => `Linked to ${id} by ${user}.`,
    noLicence: 'No licence record has this licence number, or this holder name and birth date.',
    noLicences: 'This station has no licence records to link to.',
    licenceTie: (n) => `${n} licence records fit about equally well: the officer chooses.`,
    nothing: 'nothing in common',
  },
};

/** The engine names a key by its field or, in links, by an English label (a licence card's too, in links stored before). */
const FIELD_OF: Record<string, string> = { 'citizen ID': 'owner_id', 'licence number': 'licence_no', 'holder name': 'full_name', 'birth date': 'birth_date' };

function confusions(list: readonly Confusion[], w: Words): string {
  const parts = list.map((d, i) => (i === 0 ? w.firstConfusion : w.nextConfusion)(d.read, d.as, d.at + 1));
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${w.and} ${parts[parts.length - 1]}`;
}

function slip(f: string, e: Edit, w: Words): string {
  const p = e.at + 1;
  switch (e.op) {
    case 'substitute':
      return w.substitute(f, e.search, e.record, p);
    case 'transpose':
      return w.transpose(f, e.first, e.second, p);
    case 'extra':
      return w.extra(f, e.search, p);
    case 'missing':
      return w.missing(f, e.record, p);
  }
}

/** One reason in the UI's language. */
export function reasonText(reason: LinkReason, locale: Locale, t: Translate): string {
  const w = reasonWords[locale];
  // Inside a sentence: "số khung", but an acronym keeps its capitals ("số CCCD/CMND").
  const label = (field: string): string => {
    const text = fieldLabel(FIELD_OF[field] ?? field, t);
    return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
  };
  switch (reason.code) {
    case 'match.exact':
      return w.exact(label(reason.field));
    case 'match.confusion':
      return w.confusion(label(reason.field), confusions(reason.confusions, w));
    case 'match.edit': {
      const s = slip(label(reason.field), reason.edit, w);
      return reason.confusions.length === 0 ? s : w.alsoConfusion(s, confusions(reason.confusions, w));
    }
    case 'link.matches':
      return w.matches(label(reason.field));
    case 'link.differs':
      return w.differs(label(reason.field));
    case 'link.owner-name':
      return w.ownerName;
  }
}

/** A candidate's reasons, joined. */
export function reasonsText(reasons: readonly LinkReason[], locale: Locale, t: Translate): string {
  return reasons.length === 0 ? reasonWords[locale].nothing : reasons.map((r) => reasonText(r, locale, t)).join('; ');
}

/** The link's outcome in the UI's language. */
export function verdictText(verdict: LinkVerdictCode, locale: Locale, t: Translate): string {
  const w = reasonWords[locale];
  switch (verdict.code) {
    case 'link.linked':
      return w.linked(verdict.record_id, reasonsText(verdict.reasons, locale, t));
    case 'link.none':
      return w.none;
    case 'link.no-vehicle':
      return w.noVehicle;
    case 'link.tie':
      return w.tie(verdict.count);
    case 'link.manual':
      return w.manual(verdict.record_id, verdict.user);
    case 'link.no-licence':
      return w.noLicence;
    case 'link.no-licences':
      return w.noLicences;
    case 'link.licence-tie':
      return w.licenceTie(verdict.count);
  }
}
