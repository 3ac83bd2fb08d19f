import type { JSX } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n/I18nProvider';
import type { ImportControls } from '../records/useImport';
import { ReconcileScreen, type ReconcileSource } from '../reconcile/ReconcileScreen';

const OWNERS: ReconcileSource = {
  reconcile: () => api.owners.reconcile({}),
  counts: () => api.owners.counts({}),
  decideMany: async (keys, field, action, reason) => {
    const { decided, skipped } = await api.owners.decideMany({ decisions: keys.map((record) => ({ record, field, action, reason })) });
    return { decided, skipped: skipped.map((s) => ({ key: s.record, reason: s.text ?? s.reason })) };
  },
  window: async (status, offset, limit) => {
    const { total, rows } = await api.owners.window({ status, offset, limit });
    return { total, rows: rows.map(({ record_id, ...rest }) => ({ key: record_id, ...rest })) };
  },
  decide: (record, field, action, reason) => api.owners.decide({ record, field, action, reason }),
};

/**
 * The officer's owner list: every record whose owner does not match the population register, the record's value
 * beside the register's for each difference, decided one field at a time with the keyboard (T take the register's
 * value, K keep the record's, with a reason).
 */
export function OwnersScreen({ job }: { job: ImportControls }): JSX.Element {
  const { t } = useI18n();
  return (
    <ReconcileScreen
      id="owners"
      source={OWNERS}
      labels={{
        title: t('owners.title'),
        lead: t('owners.lead'),
        empty: t('owners.empty'),
        key: t('owners.col.record'),
        subject: t('owners.detail.record'),
        keep: t('owners.keep'),
        reason: t('owners.reason'),
        import: t('owners.import'),
        importHint: t('owners.importHint'),
        none: t('owners.none'),
      }}
      job={job}
    />
  );
}
