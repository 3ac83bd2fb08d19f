import type { JSX } from 'react';
import { ChangeHistory } from '../components/ChangeHistory';
import { useLicence } from './useLicence';

/** The licence number and personal ID are serials (monospace); names, classes, offices and dates are words. */
const SERIALS = new Set(['licence_no', 'personal_id']);

/**
 * The selected licence's change history (an import that changed it, a decision on a scanned card or against the
 * register, its undoing), shown as a vehicle record's is on the Records screen.
 */
export function LicenceHistory({ licenceNo, version }: { licenceNo: string; version: number }): JSX.Element | null {
  const licence = useLicence(licenceNo, version);
  if (!licence) return null;
  return (
    <section className="licence-history" data-testid="licences-history">
      <ChangeHistory history={licence.history} current={licence} serials={SERIALS} />
    </section>
  );
}
