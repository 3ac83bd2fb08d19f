import { describe, expect, it } from 'vitest';
import { isLicenceCard } from '../../../main/engine/extraction/licence/licence-wording';
import type { CardValue } from '../../../main/engine/extraction/licence/licence-fields';
import { foldLine } from '../../../main/engine/extraction/licence/licence-fields';

const text = (...lines: string[]): string => lines.map(foldLine).join('\n');
const value = (field: CardValue['field'], v: string, method: CardValue['method'] = 'label'): CardValue => ({ field, value: v, method, words: [] });

describe('a found shape is a licence card only when its reading says so', () => {
  it('takes a front by its title, a back by its class table, a glared front by its other labels', () => {
    expect(isLicenceCard(text('GIẤY PHÉP LÁI XE', 'Họ tên/Full name: NGUYỄN VĂN AN'), [value('full_name', 'NGUYỄN VĂN AN')])).toBe(true);
    expect(isLicenceCard(text('CÁC HẠNG XE ĐƯỢC ĐIỀU KHIỂN / VEHICLE CATEGORIES', 'A1 Xe mô tô hai bánh có dung tích xi-lanh từ 50 cm3'), [])).toBe(true);
    // Title and class label lost to glare: its expiry and nationality still say licence.
    expect(isLicenceCard(text('Quốc tịch/Nationality: Việt Nam', 'Có giá trị đến/Expires: Không thời hạn'), [])).toBe(true);
    // Nothing but a licence's values read (its wording too faint).
    expect(isLicenceCard(text('270087547444', '14/03/1980'), [value('licence_no', '270087547444', 'pattern')])).toBe(true);
  });

  it('refuses a vehicle form, a certificate, a blank patch, though their names, dates and citizen IDs parse', () => {
    const form = text('(Vehicle registration declaration) A. PHẦN CHỦ XE TỰ KÊ KHAI', 'Số CCCD/CMND (ID card N°): 092060322745. cấp ngày: 14/03/2023', 'CÁN BỘ ĐĂNG KÝ XE');
    expect(isLicenceCard(form, [value('issued_on', '2023-03-14'), value('full_name', 'CÁN BỘ ĐĂNG KÝ XE'), value('licence_no', '092060322745', 'pattern')])).toBe(false);
    // A car's certificate prints its seats ("chỗ ngồi"), as a licence's back does: its owner and engine say otherwise.
    const certificate = text('GIẤY CHỨNG NHẬN ĐĂNG KÝ XE Ô TÔ', "Tên chủ xe (Owner's full name): LÝ HỮU NGHĨA", 'Số máy (Engine N°): 1P52FMH', 'Số chỗ ngồi: 5');
    expect(isLicenceCard(certificate, [value('full_name', 'LÝ HỮU NGHĨA')])).toBe(false);
    expect(isLicenceCard(text('| ~', 'ii'), [])).toBe(false);
    expect(isLicenceCard('', [value('birth_date', '19/94/1980', 'invalid')])).toBe(false);
  });
});
