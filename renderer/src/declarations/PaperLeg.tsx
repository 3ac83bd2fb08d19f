import { useEffect, useState, type JSX } from 'react';
import type { PaperCheck } from '../../../preload/contract';
import { api } from '../api';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The declaration's third leg: whether the scanned paper of the declared vehicle agrees with what the citizen
 * declared (plate, chassis and engine numbers as the paper's copies were fused), one line per scanned dossier.
 */
export function PaperLeg({ declarationId, recordId }: { declarationId: string; recordId: string | null }): JSX.Element | null {
  const { t } = useI18n();
  const [checks, setChecks] = useState<PaperCheck[] | null>(null);
  useEffect(() => {
    let live = true;
    setChecks(null);
    if (recordId) api.declarations.paper({ id: declarationId }).then((c) => live && setChecks(c), () => live && setChecks([]));
    return () => {
      live = false;
    };
  }, [declarationId, recordId]);
  if (!recordId || checks === null) return null;
  return (
    <div className="decl-paper" data-testid="decl-paper">
      <h3>{t('declarations.paper.title')}</h3>
      {checks.length === 0 ? <p className="muted">{t('declarations.paper.none')}</p> : null}
      {checks.map((check) => (
        <div key={check.dossier_id} data-testid="decl-paper-dossier" data-agrees={check.agrees}>
          <p className={check.agrees ? 'decl-paper-ok' : 'decl-diff'}>
            {t(check.agrees ? 'declarations.paper.agrees' : 'declarations.paper.differs', { id: check.dossier_id })}
          </p>
          {check.differences.length > 0 ? (
            <table>
              <thead>
                <tr>
                  <th>{t('declarations.detail.field')}</th>
                  <th>{t('declarations.detail.declared')}</th>
                  <th>{t('declarations.paper.onPaper')}</th>
                </tr>
              </thead>
              <tbody>
                {check.differences.map((d) => (
                  <tr key={d.field}>
                    <td>{fieldLabel(d.field, t)}</td>
                    <td className="mono">{d.declared}</td>
                    <td className={d.paper === null ? 'muted' : 'decl-diff mono'}>{d.paper ?? t('declarations.paper.unread')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ))}
    </div>
  );
}
