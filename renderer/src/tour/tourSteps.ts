import type { ScreenId } from '../components/Sidebar';
import type { MessageKey } from '../i18n/translate';

/** One stop of the first-run tour: the screen it opens and what it says there. */
export interface TourStep {
  screen: ScreenId;
  title: MessageKey;
  body: MessageKey;
  /** The step's work needs this demo account: the card offers to sign in. */
  account?: 'officer' | 'lead';
  /** The control the step talks about (a data-testid): the card never covers it. */
  target?: string;
}

/**
 * The whole loop of a station, in the order the work flows: scan → review → export, then the overview. It
 * starts where the app opens, on the records, so the welcome does not pull the newcomer away at once.
 */
export const TOUR_STEPS: readonly TourStep[] = [
  { screen: 'records', title: 'tour.welcome.title', body: 'tour.welcome.body' },
  { screen: 'scan', title: 'tour.scan.title', body: 'tour.scan.body', target: 'scan-files-button' },
  { screen: 'review', title: 'tour.review.title', body: 'tour.review.body', account: 'officer', target: 'flag-detail' },
  { screen: 'export', title: 'tour.export.title', body: 'tour.export.body', account: 'lead', target: 'export-start' },
  { screen: 'dashboard', title: 'tour.dashboard.title', body: 'tour.dashboard.body' },
];
