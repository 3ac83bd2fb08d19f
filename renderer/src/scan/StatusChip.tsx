import type { JSX } from 'react';
import type { DossierStatus } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';

const labels: Record<DossierStatus, MessageKey> = {
  processing: 'scan.status.processing',
  needs_review: 'scan.status.needs_review',
  resolved: 'scan.status.resolved',
  exported: 'scan.status.exported',
  failed: 'scan.status.failed',
};

/** Where a dossier stands, as a coloured chip; "processing" spins while OCR runs. */
export function StatusChip({ status }: { status: DossierStatus }): JSX.Element {
  const { t } = useI18n();
  return (
    <span className={`chip status-chip status-${status}`} data-testid="dossier-status" data-status={status}>
      {status === 'processing' ? <span className="spinner small" aria-hidden="true" /> : null}
      {t(labels[status])}
    </span>
  );
}
