/** The pick list's words in the station's two languages (the engine has no UI catalogue of its own). */
import type { Locale } from '../domain/settings';
import type { RetiredReason } from './retired-list';

export interface PickListWords {
  title: string;
  made: string;
  cols: string[];
  reasons: Record<RetiredReason, string>;
  unknownBox: string;
  done: string;
  page: string;
  /** The heading's count: dossiers to pull, and listed vehicles with no dossier scanned yet. */
  summary: (lines: number, unscanned: number) => string;
}

export const PICK_LIST_WORDS: Record<Locale, PickListWords> = {
  vi: {
    title: 'Danh sách lấy hồ sơ xe hết niên hạn / không lưu hành',
    made: 'Lập lúc',
    cols: ['Hộp / kệ', 'Mã hồ sơ', 'Biển số', 'Chủ xe', 'Lý do', 'Hồ sơ quét', 'Đã tách'],
    reasons: { het_nien_han: 'Hết niên hạn', khong_luu_hanh: 'Không lưu hành' },
    unknownBox: '(chưa rõ)',
    done: '✓',
    page: 'Trang',
    summary: (lines, unscanned) => `${lines} hồ sơ đã quét cần lấy ra; ${unscanned} xe trong danh sách chưa có hồ sơ quét (xem màn hình Xe hết niên hạn).`,
  },
  en: {
    title: 'Pick list: vehicles past service life / out of circulation',
    made: 'Made at',
    cols: ['Box / shelf', 'Record', 'Plate', 'Owner', 'Reason', 'Dossier', 'Set apart'],
    reasons: { het_nien_han: 'Past service life', khong_luu_hanh: 'Out of circulation' },
    unknownBox: '(unknown)',
    done: '✓',
    page: 'Page',
    summary: (lines, unscanned) => `${lines} scanned dossiers to pull; ${unscanned} listed vehicles have no dossier scanned yet (see the Retired screen).`,
  },
};
