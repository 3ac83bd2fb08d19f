/** Vietnamese messages of the table imports on the Owners, Self-declarations and Licences screens (as on Records). */
export const viImports = {
  'owners.import': 'Nhập CSDL dân cư…',
  'owners.importHint': 'Nhập tệp trích xuất Cơ sở dữ liệu quốc gia về dân cư (CSV, XLSX hoặc JSON)',
  'declarations.import': 'Nhập tự khai báo…',
  'declarations.importHint': 'Nhập tệp tự khai báo của công dân (CSV, XLSX hoặc JSON)',
  'licences.import': 'Nhập dữ liệu GPLX…',
  'licences.importHint': 'Nhập tệp dữ liệu giấy phép lái xe (CSV, XLSX hoặc JSON)',
  'owners.none': 'Chưa đối chiếu chủ xe nào: nhập tệp trích xuất CSDL dân cư bằng nút “Nhập CSDL dân cư…” (dữ liệu đăng ký xe nhập ở màn hình Dữ liệu đăng ký).',
  'licences.none': 'Chưa có giấy phép nào: nhập tệp dữ liệu giấy phép lái xe bằng nút “Nhập dữ liệu GPLX…”.',
  'declarations.none': 'Không có khai báo nào chờ xác nhận. Nhập tệp tự khai báo bằng nút “Nhập tự khai báo…”.',
  'field.sex': 'Giới tính',
  'field.former_id': 'Số CMND',
  'field.declaration_id': 'Mã khai báo',
  'field.declared_at': 'Thời gian khai báo',
  'field.phone': 'Số điện thoại',
  'field.holder': 'Người được cấp',
};
