import type { JSX } from 'react';
import type { FlagCount } from '../../../preload/contract';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';

/** Flags by kind and by field, each with how many still wait for a decision. */
export function FlagTable({ byKind, byField }: { byKind: FlagCount[]; byField: FlagCount[] }): JSX.Element {
  const { t, n } = useI18n();
  const rows = (items: FlagCount[], label: (key: string) => string, heading: string, testId: string): JSX.Element => (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th>{heading}</th>
          <th className="num">{t('dashboard.col.flags')}</th>
          <th className="num">{t('dashboard.col.open')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((f) => (
          <tr key={f.key} data-key={f.key}>
            <td>{label(f.key)}</td>
            <td className="num">{n(f.total)}</td>
            <td className="num">{n(f.open)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="dash-table card" aria-labelledby="dash-flags">
      <h2 id="dash-flags">{t('dashboard.flags')}</h2>
      {byKind.length === 0 ? (
        <p className="muted">{t('dashboard.noFlags')}</p>
      ) : (
        <div className="dash-flag-tables">
          {rows(byKind, (k) => t(`review.kind.${k}` as MessageKey), t('dashboard.col.kind'), 'dash-flags-kind')}
          {rows(byField, (k) => fieldLabel(k, t), t('dashboard.col.field'), 'dash-flags-field')}
        </div>
      )}
    </section>
  );
}
