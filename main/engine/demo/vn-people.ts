/**
 * Vietnamese names and places for synthetic owners. Frequencies follow the well-known shape of Vietnamese
 * surnames (Nguyễn ≈ 38 %, Trần, Lê, Phạm …) so that name matching meets realistic duplicates.
 * All strings are NFC.
 */

export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 1.5], ['Phan', 4.5],
  ['Vũ', 3.5], ['Võ', 1.5], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1],
  ['Lý', 0.5], ['Đào', 0.8], ['Đinh', 0.8], ['Trịnh', 0.6], ['Mai', 0.5], ['Tạ', 0.3], ['Lương', 0.4],
  ['Chu', 0.3], ['Kiều', 0.2], ['Lại', 0.2], ['Khuất', 0.1], ['Nghiêm', 0.1], ['Quách', 0.1],
];

export const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Xuân', 'Thanh', 'Tuấn', 'Mạnh', 'Hoàng', 'Trọng', 'Gia', 'Duy', 'Ngọc', 'Anh'];
export const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Bích', 'Mai', 'Khánh', 'Diệu', 'Thùy', 'Hải'];
export const MALE_GIVEN = [
  'Anh', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Long',
  'Lâm', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Thắng', 'Thành', 'Tiến', 'Toàn',
  'Trung', 'Tú', 'Tuấn', 'Việt', 'Vinh', 'Bảo', 'Hưng', 'Kiên', 'Lộc', 'Tâm', 'Thịnh', 'Đông', 'Hoàng',
];
export const FEMALE_GIVEN = [
  'Anh', 'Châu', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hiền', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Liên',
  'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thu',
  'Thủy', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Yến', 'Xuân', 'Hồng', 'Lệ', 'Nhàn', 'Tâm', 'Vy', 'Diệp',
];

/**
 * The pre-2025 63-province codes used as the first three digits of a CCCD (birth-registration place).
 */
export const PROVINCES: readonly { cccd: string; name: string }[] = [
  { cccd: '001', name: 'Hà Nội' }, { cccd: '002', name: 'Hà Giang' }, { cccd: '004', name: 'Cao Bằng' },
  { cccd: '006', name: 'Bắc Kạn' }, { cccd: '008', name: 'Tuyên Quang' }, { cccd: '010', name: 'Lào Cai' },
  { cccd: '011', name: 'Điện Biên' }, { cccd: '012', name: 'Lai Châu' }, { cccd: '014', name: 'Sơn La' },
  { cccd: '015', name: 'Yên Bái' }, { cccd: '017', name: 'Hòa Bình' }, { cccd: '019', name: 'Thái Nguyên' },
  { cccd: '020', name: 'Lạng Sơn' }, { cccd: '022', name: 'Quảng Ninh' }, { cccd: '024', name: 'Bắc Giang' },
  { cccd: '025', name: 'Phú Thọ' }, { cccd: '026', name: 'Vĩnh Phúc' }, { cccd: '027', name: 'Bắc Ninh' },
  { cccd: '030', name: 'Hải Dương' }, { cccd: '031', name: 'Hải Phòng' }, { cccd: '033', name: 'Hưng Yên' },
  { cccd: '034', name: 'Thái Bình' }, { cccd: '035', name: 'Hà Nam' }, { cccd: '036', name: 'Nam Định' },
  { cccd: '037', name: 'Ninh Bình' }, { cccd: '038', name: 'Thanh Hóa' }, { cccd: '040', name: 'Nghệ An' },
  { cccd: '042', name: 'Hà Tĩnh' }, { cccd: '044', name: 'Quảng Bình' }, { cccd: '045', name: 'Quảng Trị' },
  { cccd: '046', name: 'Thừa Thiên Huế' }, { cccd: '048', name: 'Đà Nẵng' }, { cccd: '049', name: 'Quảng Nam' },
  { cccd: '051', name: 'Quảng Ngãi' }, { cccd: '052', name: 'Bình Định' }, { cccd: '054', name: 'Phú Yên' },
  { cccd: '056', name: 'Khánh Hòa' }, { cccd: '058', name: 'Ninh Thuận' }, { cccd: '060', name: 'Bình Thuận' },
  { cccd: '062', name: 'Kon Tum' }, { cccd: '064', name: 'Gia Lai' }, { cccd: '066', name: 'Đắk Lắk' },
  { cccd: '067', name: 'Đắk Nông' }, { cccd: '068', name: 'Lâm Đồng' }, { cccd: '070', name: 'Bình Phước' },
  { cccd: '072', name: 'Tây Ninh' }, { cccd: '074', name: 'Bình Dương' }, { cccd: '075', name: 'Đồng Nai' },
  { cccd: '077', name: 'Bà Rịa - Vũng Tàu' }, { cccd: '079', name: 'TP Hồ Chí Minh' }, { cccd: '080', name: 'Long An' },
  { cccd: '082', name: 'Tiền Giang' }, { cccd: '083', name: 'Bến Tre' }, { cccd: '084', name: 'Trà Vinh' },
  { cccd: '086', name: 'Vĩnh Long' }, { cccd: '087', name: 'Đồng Tháp' }, { cccd: '089', name: 'An Giang' },
  { cccd: '091', name: 'Kiên Giang' }, { cccd: '092', name: 'Cần Thơ' }, { cccd: '093', name: 'Hậu Giang' },
  { cccd: '094', name: 'Sóc Trăng' }, { cccd: '095', name: 'Bạc Liêu' }, { cccd: '096', name: 'Cà Mau' },
];

/** Birth provinces of a Hà Nội station's owners: mostly Hà Nội, then the neighbouring northern provinces. */
export const BIRTH_PROVINCE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['001', 60], ['034', 4], ['036', 4], ['030', 3], ['033', 3], ['035', 3], ['038', 3], ['040', 3], ['026', 2],
  ['027', 2], ['025', 2], ['037', 2], ['031', 2], ['024', 1.5], ['019', 1.5], ['022', 1], ['042', 1],
  ['017', 1], ['079', 1], ['048', 0.5],
];

/** Hà Nội districts (pre-2025 administrative units) with some of their wards and streets. */
export const HANOI_DISTRICTS: readonly { district: string; wards: readonly string[]; streets: readonly string[] }[] = [
  { district: 'quận Ba Đình', wards: ['phường Kim Mã', 'phường Cống Vị', 'phường Điện Biên', 'phường Ngọc Hà', 'phường Liễu Giai'], streets: ['Kim Mã', 'Đội Cấn', 'Liễu Giai', 'Văn Cao', 'Hoàng Hoa Thám'] },
  { district: 'quận Hoàn Kiếm', wards: ['phường Hàng Bạc', 'phường Hàng Trống', 'phường Tràng Tiền', 'phường Cửa Đông'], streets: ['Hàng Bạc', 'Hàng Gai', 'Tràng Tiền', 'Lý Thường Kiệt', 'Hàng Bông'] },
  { district: 'quận Đống Đa', wards: ['phường Láng Hạ', 'phường Ô Chợ Dừa', 'phường Khâm Thiên', 'phường Trung Liệt', 'phường Kim Liên'], streets: ['Láng Hạ', 'Xã Đàn', 'Khâm Thiên', 'Thái Hà', 'Tây Sơn', 'Nguyễn Lương Bằng'] },
  { district: 'quận Cầu Giấy', wards: ['phường Dịch Vọng', 'phường Nghĩa Đô', 'phường Quan Hoa', 'phường Yên Hòa', 'phường Trung Hòa'], streets: ['Cầu Giấy', 'Xuân Thủy', 'Trần Thái Tông', 'Hoàng Quốc Việt', 'Nguyễn Khang'] },
  { district: 'quận Thanh Xuân', wards: ['phường Khương Trung', 'phường Nhân Chính', 'phường Thượng Đình', 'phường Kim Giang'], streets: ['Nguyễn Trãi', 'Khuất Duy Tiến', 'Vũ Trọng Phụng', 'Lê Văn Lương'] },
  { district: 'quận Hai Bà Trưng', wards: ['phường Bạch Mai', 'phường Minh Khai', 'phường Vĩnh Tuy', 'phường Thanh Nhàn'], streets: ['Bạch Mai', 'Minh Khai', 'Lò Đúc', 'Trần Khát Chân', 'Kim Ngưu'] },
  { district: 'quận Hoàng Mai', wards: ['phường Định Công', 'phường Giáp Bát', 'phường Hoàng Liệt', 'phường Tương Mai'], streets: ['Giải Phóng', 'Tam Trinh', 'Lĩnh Nam', 'Nguyễn Đức Cảnh'] },
  { district: 'quận Long Biên', wards: ['phường Bồ Đề', 'phường Gia Thụy', 'phường Ngọc Lâm', 'phường Việt Hưng'], streets: ['Nguyễn Văn Cừ', 'Ngọc Lâm', 'Ngô Gia Tự', 'Nguyễn Sơn'] },
  { district: 'quận Hà Đông', wards: ['phường Văn Quán', 'phường Mộ Lao', 'phường Quang Trung', 'phường Yết Kiêu'], streets: ['Quang Trung', 'Trần Phú', 'Nguyễn Trãi', 'Tô Hiệu'] },
  { district: 'quận Nam Từ Liêm', wards: ['phường Mỹ Đình 1', 'phường Mỹ Đình 2', 'phường Mễ Trì', 'phường Cầu Diễn'], streets: ['Lê Đức Thọ', 'Hàm Nghi', 'Mễ Trì', 'Hồ Tùng Mậu'] },
  { district: 'huyện Gia Lâm', wards: ['thị trấn Trâu Quỳ', 'xã Đa Tốn', 'xã Bát Tràng', 'xã Kiêu Kỵ'], streets: ['Ngô Xuân Quảng', 'Cửu Việt', 'Thành Trung'] },
  { district: 'huyện Đông Anh', wards: ['thị trấn Đông Anh', 'xã Uy Nỗ', 'xã Vân Nội', 'xã Kim Chung'], streets: ['Cao Lỗ', 'Uy Nỗ', 'Đản Dị'] },
];

/** First two digits of legacy 9-digit CMND numbers for this station's owners (01 = Hà Nội). */
export const CMND_PREFIX_WEIGHTS: readonly (readonly [string, number])[] = [
  ['01', 80], ['11', 6], ['16', 4], ['15', 3], ['14', 3], ['03', 2], ['02', 2],
];

/** Addresses elsewhere, for owners registered at this station but living in another province. */
export const OTHER_PLACES: readonly string[] = [
  'phường Trần Hưng Đạo, TP Thái Bình, tỉnh Thái Bình',
  'xã Hải Quang, huyện Hải Hậu, tỉnh Nam Định',
  'phường Ninh Xá, TP Bắc Ninh, tỉnh Bắc Ninh',
  'phường Lê Lợi, TP Vinh, tỉnh Nghệ An',
  'phường Hồng Hải, TP Hạ Long, tỉnh Quảng Ninh',
  'phường Bến Nghé, Quận 1, TP Hồ Chí Minh',
  'phường Thạc Gián, quận Thanh Khê, TP Đà Nẵng',
  'xã Yên Phong, huyện Yên Phong, tỉnh Bắc Ninh',
  'phường Đông Vệ, TP Thanh Hóa, tỉnh Thanh Hóa',
  'phường Máy Tơ, quận Ngô Quyền, TP Hải Phòng',
];
