/**
 * A dossier's pages as the clerk handles them on the Scan screen: move, remove, replace, view; the hot folder; and
 * (intake.messages.ts) the problems of a scanned file that cannot become pages.
 */
import { defineMessages } from './message';
import { intakeMessages } from './intake.messages';

export const pageMessages = defineMessages({
  ...intakeMessages,
  'pages.no_page': { en: 'Dossier {dossier} has no page {page}.', vi: 'Hồ sơ {dossier} không có trang {page}.' },
  'pages.exported': {
    en: 'Dossier {dossier} has already been exported, so its pages can no longer be changed.',
    vi: 'Hồ sơ {dossier} đã được xuất nên không thể thay đổi các trang nữa.',
  },
  'pages.bad_position': {
    en: 'Dossier {dossier} has pages 1 to {pages}; a page cannot go to position {position}.',
    vi: 'Hồ sơ {dossier} có các trang từ 1 đến {pages}; không thể chuyển trang tới vị trí {position}.',
  },
  'pages.only_page': {
    en: 'Page {page} is the only page of dossier {dossier}; re-scan it instead of removing it.',
    vi: 'Trang {page} là trang duy nhất của hồ sơ {dossier}; hãy quét lại thay vì xóa trang.',
  },
  'pages.no_images': { en: '{file} holds no page images.', vi: '{file} không chứa ảnh trang nào.' },
  'pages.image_unreadable': {
    en: 'The image of page {page} of dossier {dossier} cannot be read from the archive ({path}).',
    vi: 'Không đọc được ảnh trang {page} của hồ sơ {dossier} từ kho lưu trữ ({path}).',
  },
  'hot_folder.unreadable': {
    en: 'The hot folder {dir} does not exist or cannot be read.',
    vi: 'Thư mục theo dõi {dir} không tồn tại hoặc không đọc được.',
  },
});
