import type { JSX } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n/I18nProvider';
import type { ImportControls } from '../records/useImport';
import { ReconcileScreen, type ReconcileSource } from '../reconcile/ReconcileScreen';
import { LicenceFacts } from './LicenceFacts';
import { LicenceHistory } from './LicenceHistory';

const LICENCES: ReconcileSource = {
  reconcile: () => api.licences.reconcile({}),
  counts: () => api.licences.counts({}),
  decideMany: async (keys, field, action, reason) => {
    const { decided, skipped } = await api.licences.decideMany({ decisions: keys.map((licence_no) => ({ licence_no, field, action, reason })) });
    return { decided, skipped: skipped.map((s) => ({ key: s.licence_no, reason: s.text ?? s.reason })) };
  },
  window: async (status, offset, limit) => {
    const { total, rows } = await api.licences.window({ status, offset, limit });
    return { total, rows: rows.map(({ licence_no, ...rest }) => ({ key: licence_no, ...rest })) };
  },
  decide: (licence_no, field, action, reason) => api.licences.decide({ licence_no, field, action, reason }),
};

/**
 * The officer's licence list: every driving-licence holder not matching the population register, the licence
 * (class, holder, dates) and, for each difference, the licence's value beside the register's; decided one field at
 * a time with the keyboard as on the Owners screen; below, the licence's change history as on the Records screen.
 */
export function LicencesScreen({ job }: { job: ImportControls }): JSX.Element {
  const { t } = useI18n();
  return (
    <ReconcileScreen
      id="licences"
      source={LICENCES}
      labels={{
        title: t('licences.title'),
        lead: t('licences.lead'),
        empty: t('licences.empty'),
        key: t('licences.col.licence'),
        subject: t('licences.detail.licence'),
        keep: t('licences.keep'),
        reason: t('licences.reason'),
        import: t('licences.import'),
        importHint: t('licences.importHint'),
        none: t('licences.none'),
      }}
      job={job}
      facts={(key, version) => <LicenceFacts licenceNo={key} version={version} />}
      history={(key, version) => <LicenceHistory licenceNo={key} version={version} />}
    />
  );
}
