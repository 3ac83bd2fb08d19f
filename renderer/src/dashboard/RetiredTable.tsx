import { useEffect, useState, type JSX } from 'react';
import type { RetiredCounts } from '../../../preload/contract';
import { api } from '../api';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Vehicles past service life or out of circulation, as the department asks stations to report them: listed,
 * found (a dossier scanned) and dossiers set apart. Read again whenever the dashboard's figures are (`at`).
 */
export function RetiredTable({ at }: { at: string }): JSX.Element {
  const { t, n } = useI18n();
  const [counts, setCounts] = useState<RetiredCounts | null>(null);
  useEffect(() => {
    let live = true;
    api.retired.counts({}).then(
      (c) => live && setCounts(c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [at]);
  const cells: [string, number][] = counts
    ? [
        ['listed', counts.listed],
        ['found', counts.found],
        ['separated', counts.separated],
      ]
    : [];
  return (
    <section className="dash-table card" aria-labelledby="dash-retired" data-testid="dash-retired">
      <h2 id="dash-retired">{t('dashboard.retired.title')}</h2>
      {!counts || counts.listed === 0 ? (
        <p className="muted">{t('dashboard.retired.none')}</p>
      ) : (
        <table>
          <tbody>
            {cells.map(([key, value]) => (
              <tr key={key}>
                <td>{t(`dashboard.retired.${key}` as 'dashboard.retired.listed')}</td>
                <td className="num" data-testid={`dash-retired-${key}`}>
                  {n(value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
