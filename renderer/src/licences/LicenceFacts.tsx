import type { JSX } from 'react';
import { IssueList } from '../components/IssueList';
import { formatDate } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { useLicence } from './useLicence';
import './licences.css';

/** The selected licence as stored: class, holder, birth date, issue and expiry, issuing office, and its issues. */
export function LicenceFacts({ licenceNo, version }: { licenceNo: string; version: number }): JSX.Element | null {
  const { t, locale } = useI18n();
  const licence = useLicence(licenceNo, version);
  if (!licence) return null;
  const date = (iso: string | null): string => (iso === null ? '—' : formatDate(iso, locale));
  const facts: [string, string][] = [
    [t('licences.facts.class'), licence.class ?? '—'],
    [t('licences.facts.name'), licence.full_name ?? '—'],
    [t('licences.facts.birth'), date(licence.birth_date)],
    [t('licences.facts.issued'), date(licence.issued_on)],
    [t('licences.facts.valid'), licence.valid_until === null ? t('licences.facts.noExpiry') : date(licence.valid_until)],
    [t('licences.facts.issuedBy'), licence.issued_by ?? '—'],
  ];
  return (
    <>
      <dl className="licence-facts" data-testid="licences-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="muted small">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {/* What the import kept with a remark (a number of another length, a decided value kept), as on the Records screen. */}
      {licence.issues.length > 0 ? (
        <section className="licence-issues">
          <IssueList issues={licence.issues} testId="licences-issues" />
        </section>
      ) : null}
    </>
  );
}
