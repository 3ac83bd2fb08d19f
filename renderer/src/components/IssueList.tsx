import type { JSX } from 'react';
import type { EngineMessage } from '../../../preload/messages';
import { engineText } from '../i18n/engine-text';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';
import './issue-list.css';

/** A data-quality issue of a stored row: its field, and the engine's sentence (coded, or as an older version stored it). */
export interface StoredIssue {
  field: string;
  message: string;
  text?: EngineMessage;
}

/**
 * The data-quality issues of a row the station keeps (a vehicle record on the Records screen, a driving licence on the
 * Licences screen), each under its field's name, in the screen's language: a value kept as the file had it, a decided
 * value an import kept.
 */
export function IssueList({ issues, testId }: { issues: readonly StoredIssue[]; testId: string }): JSX.Element {
  const { t, locale } = useI18n();
  return (
    <>
      <h3>
        {t('detail.issues')} <span className="count-pill">{issues.length}</span>
      </h3>
      {issues.length === 0 ? (
        <p className="muted">{t('detail.noIssues')}</p>
      ) : (
        <ul className="issue-list" data-testid={testId}>
          {issues.map((issue, i) => (
            <li key={i}>
              <Icon name="warning" size={16} className="warn-icon" />
              <div>
                <strong>{fieldLabel(issue.field, t)}</strong>
                <p>{engineText(issue.text ?? issue.message, locale)}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
