import type { JSX } from 'react';
import type { AuditEntry } from '../../../preload/contract';
import { formatDateTime } from '../format';
import { auditValue } from '../i18n/audit-value';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import { auditAction } from '../i18n/auditActions';
import { problemsText } from '../i18n/engine-text';

/** Who decided what on this dossier, and when, from the station's hash-chained audit log. */
export function AuditTrail({ rows, total }: { rows: readonly AuditEntry[]; total: number }): JSX.Element {
  const { t, locale } = useI18n();
  return (
    <section className="audit-trail" data-testid="audit-trail">
      <h3>{t('review.audit', { n: total })}</h3>
      {rows.length === 0 ? <p className="muted small">{t('review.auditEmpty')}</p> : null}
      <ol>
        {rows.map((r) => (
          <li key={r.seq} data-testid="audit-entry">
            <span className="muted small">{formatDateTime(r.at, locale)}</span>
            <span>
              <span className="strong">{r.user}</span> · <span className="small">{auditAction(r.action, locale)}</span>
              {r.field ? <> · {fieldLabel(r.field, t)}</> : null}
            </span>
            {r.before !== null || r.after !== null ? (
              <span className="mono small">
                {r.before === null ? '—' : auditValue(r.action, r.before, locale, t)} → {r.after === null ? '—' : auditValue(r.action, r.after, locale, t, r.after_text)}
              </span>
            ) : null}
            {r.reason ? <span className="muted small">{problemsText(r.reason_text, r.reason, locale)}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
