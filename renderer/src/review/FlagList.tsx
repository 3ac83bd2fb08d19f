import type { JSX } from 'react';
import type { ReviewFlag } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';

/** The dossier's flags, most severe first; the selected one is the flag the keys act on. */
export function FlagList({ flags, selected, onSelect }: { flags: readonly ReviewFlag[]; selected: number; onSelect: (i: number) => void }): JSX.Element {
  const { t } = useI18n();
  if (flags.length === 0) return <p className="muted">{t('review.noFlags')}</p>;
  return (
    <ol className="flag-list" aria-label={t('review.flags')} data-testid="flag-list">
      {flags.map((f, i) => (
        <li key={`${f.field}-${f.kind}`}>
          <button
            type="button"
            className="flag-item"
            aria-current={i === selected ? 'true' : undefined}
            onClick={() => onSelect(i)}
            data-testid="flag-item"
            data-decided={f.decision ? 'true' : 'false'}
          >
            <span className="strong">{f.field === 'record' ? t('review.linkField') : f.field === 'pages' ? t('review.pagesField') : fieldLabel(f.field, t)}</span>
            <span className="muted small">{t(`review.kind.${f.kind}` as MessageKey)}</span>
            {f.decision ? (
              <span className="chip chip-good small">
                <Icon name="check" size={12} />
                {t(`review.action.${f.decision.action}` as MessageKey)}
              </span>
            ) : (
              <span className="chip chip-warn small">{t('review.open')}</span>
            )}
          </button>
        </li>
      ))}
    </ol>
  );
}
