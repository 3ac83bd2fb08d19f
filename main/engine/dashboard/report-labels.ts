/** The report's words in the station's two languages (the engine has no UI catalogue of its own). */
import type { Step } from './dashboard.types';
import type { Locale } from '../domain/settings';

export interface ReportLabels {
  title: string;
  generated: string;
  steps: Record<Step, string>;
  total: string;
  today: string;
  records: (digitized: number, total: number, percent: string) => string;
  daily: string;
  officers: string;
  officerCols: [string, string, string, string];
  noDecisions: string;
  clerks: string;
  clerkCols: [string, string, string, string];
  noScans: string;
  flags: string;
  flagCols: [string, string, string];
  kinds: Record<string, string>;
  reconcile: string;
  reconcileCols: [string, string, string, string, string];
  owners: string;
  licences: string;
  campaign: string;
  campaignCols: [string, string, string, string, string];
  campaignRows: { residents: string; received: string; confirmed: string; rejected: string; waiting: string };
}

export const REPORT_LABELS: Record<Locale, ReportLabels> = {
  vi: {
    title: 'Báo cáo tiến độ số hóa hồ sơ đăng ký xe',
    generated: 'Lập lúc',
    steps: { scanned: 'Đã quét', ocred: 'Đã nhận dạng (OCR)', linked: 'Đã liên kết dữ liệu', flagged: 'Có chênh lệch', resolved: 'Đã đối soát xong', exported: 'Đã xuất' },
    total: 'Tổng',
    today: 'Hôm nay',
    records: (d, t, p) => `Dữ liệu đăng ký đã số hóa: ${d} / ${t} (${p})`,
    daily: 'Hồ sơ quét (xanh) và đối soát xong (lục) theo ngày, 30 ngày gần nhất',
    officers: 'Theo cán bộ đối soát',
    officerCols: ['Cán bộ', 'Quyết định', 'Hồ sơ', 'Hôm nay'],
    noDecisions: 'Chưa có quyết định đối soát.',
    clerks: 'Theo người quét',
    clerkCols: ['Người quét', 'Hồ sơ', 'Trang', 'Hôm nay'],
    noScans: 'Chưa có hồ sơ nào được quét khi có người đăng nhập.',
    flags: 'Chênh lệch theo loại',
    flagCols: ['Loại', 'Tổng', 'Chưa quyết định'],
    kinds: { mismatch: 'Không khớp', missing_in_record: 'Thiếu trong dữ liệu', missing_on_scan: 'Thiếu trên giấy', unreadable: 'Không đọc được', unmatched: 'Chưa liên kết được', duplicate: 'Trùng lặp', retired: 'Xe hết niên hạn' },
    reconcile: 'Đối chiếu với Cơ sở dữ liệu quốc gia về dân cư',
    reconcileCols: ['', 'Trùng khớp', 'Sai lệch, chưa có thông tin', 'Đã đối chiếu', 'Tổng số'],
    owners: 'Chủ xe',
    licences: 'Giấy phép lái xe',
    campaign: 'Dữ liệu dân cư và công dân tự khai báo',
    campaignCols: ['', 'Tổng số', '7 ngày qua', '7 ngày trước đó', 'Thay đổi'],
    campaignRows: { residents: 'Công dân trong CSDL dân cư đã nhập', received: 'Xe công dân tự khai báo', confirmed: 'Đã xác nhận', rejected: 'Đã từ chối', waiting: 'Đang chờ xác nhận' },
  },
  en: {
    title: 'Vehicle-registration dossier digitization report',
    generated: 'Generated',
    steps: { scanned: 'Scanned', ocred: 'OCR done', linked: 'Linked to a record', flagged: 'Flagged', resolved: 'Resolved', exported: 'Exported' },
    total: 'Total',
    today: 'Today',
    records: (d, t, p) => `Station records digitized: ${d} / ${t} (${p})`,
    daily: 'Dossiers scanned (blue) and resolved (green) per day, last 30 days',
    officers: 'By officer',
    officerCols: ['Officer', 'Decisions', 'Dossiers', 'Today'],
    noDecisions: 'No review decisions yet.',
    clerks: 'By scanning clerk',
    clerkCols: ['Clerk', 'Dossiers', 'Pages', 'Today'],
    noScans: 'No dossier has been scanned while someone was signed in.',
    flags: 'Flags by kind',
    flagCols: ['Kind', 'Total', 'Open'],
    kinds: { mismatch: 'Mismatch', missing_in_record: 'Missing in record', missing_on_scan: 'Missing on paper', unreadable: 'Unreadable', unmatched: 'No record linked', duplicate: 'Duplicate', retired: 'Retired vehicle' },
    reconcile: 'Checked against the national population database',
    reconcileCols: ['', 'Matching', 'Differing or no information', 'Checked', 'Held'],
    owners: 'Vehicle owners',
    licences: 'Driving licences',
    campaign: 'Population register and self-declarations',
    campaignCols: ['', 'Total', 'Last 7 days', '7 days before', 'Change'],
    campaignRows: { residents: 'Residents imported from the register', received: 'Vehicles declared by citizens', confirmed: 'Confirmed', rejected: 'Rejected', waiting: 'Waiting' },
  },
};
