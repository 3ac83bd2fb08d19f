import type { JSX } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import type { MessageKey } from '../i18n/translate';
import type { BatchCheck } from './useBatches';

/** What a verification found: "intact", or every problem with its file and the engine's sentence. */
export function BatchVerdictView({ check }: { check: BatchCheck }): JSX.Element {
  const { t, locale } = useI18n();
  if (check.busy) {
    return (
      <p className="muted small" role="status" data-testid="batch-verdict">
        <span className="spinner" aria-hidden="true" /> {t('export.verify.busy')}
      </p>
    );
  }
  if (check.error) {
    return (
      <p className="error-text small" role="alert" data-testid="batch-verdict">
        {engineText(check.error, locale)}
      </p>
    );
  }
  const verdict = check.verdict!;
  if (verdict.ok) {
    return (
      <p className="verdict-ok" role="status" data-testid="batch-verdict" data-ok="true">
        <Icon name="check" size={16} />
        {t('export.verify.intact', { files: verdict.files, dossiers: verdict.dossiers, key: verdict.key_id ?? '—' })}
      </p>
    );
  }
  return (
    <div className="verdict-bad" role="alert" data-testid="batch-verdict" data-ok="false">
      <p>
        <Icon name="warning" size={16} />
        <strong>{t('export.verify.problems', { n: verdict.problems.length })}</strong>
      </p>
      <ul>
        {verdict.problems.map((p, i) => (
          <li key={`${p.kind}-${p.path}-${i}`} data-testid="batch-problem" data-kind={p.kind}>
            <span className="chip">{t(`export.problem.${p.kind}` as MessageKey)}</span> <span className="mono">{p.path}</span>
            <span className="muted small"> — {engineText(p.text ?? p.message, locale)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
