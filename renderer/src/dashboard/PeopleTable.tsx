import type { JSX } from 'react';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';

export interface PersonRow {
  name: string;
  role: string;
  /** The counts, in the order of the table's columns. */
  counts: number[];
  last: string | null;
}

/** Counts per person (officers' decisions, clerks' scans), most active first, with when they last worked. */
export function PeopleTable(props: { id: string; title: string; columns: string[]; rows: PersonRow[]; empty: string; note?: string }): JSX.Element {
  const { t, n, locale } = useI18n();
  return (
    <section className="dash-table card" aria-labelledby={props.id} data-testid={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.rows.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('dashboard.col.name')}</th>
              {props.columns.map((c) => (
                <th key={c} className="num">
                  {c}
                </th>
              ))}
              <th>{t('dashboard.col.last')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.name} data-testid={`${props.id}-row`}>
                <td>
                  {row.name} <span className="muted small">{t(`role.${row.role}` as MessageKey)}</span>
                </td>
                {row.counts.map((value, i) => (
                  <td key={props.columns[i]} className="num">
                    {n(value)}
                  </td>
                ))}
                <td>{row.last ? formatDateTime(row.last, locale) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.note ? <p className="muted small">{props.note}</p> : null}
    </section>
  );
}
