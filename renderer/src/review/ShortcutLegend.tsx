import type { JSX } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import './shortcut-legend.css';

const KEYS: { keys: string[]; label: MessageKey; decides?: boolean }[] = [
  { keys: ['J', '↓'], label: 'review.key.next' },
  { keys: ['K', '↑'], label: 'review.key.previous' },
  { keys: ['N', '→'], label: 'review.key.nextDossier' },
  { keys: ['←'], label: 'review.key.previousDossier' },
  { keys: ['R'], label: 'review.key.keepRecord', decides: true },
  { keys: ['P'], label: 'review.key.takeScan', decides: true },
  { keys: ['E'], label: 'review.key.edit', decides: true },
  { keys: ['S'], label: 'review.key.rescan', decides: true },
  { keys: ['U', 'Ctrl+Z'], label: 'review.key.undo', decides: true },
  { keys: ['+', '−', '0', ']'], label: 'review.key.viewer' },
];

/** The review keys, always visible; the deciding ones are dimmed when the signed-in person cannot decide. */
export function ShortcutLegend({ canDecide }: { canDecide: boolean }): JSX.Element {
  const { t } = useI18n();
  return (
    <ul className="shortcut-legend" aria-label={t('review.keys')} data-testid="shortcut-legend">
      {KEYS.map((k) => (
        <li key={k.label} className={k.decides && !canDecide ? 'disabled' : undefined}>
          {k.keys.map((key) => (
            <kbd key={key}>{key}</kbd>
          ))}
          <span>{t(k.label)}</span>
        </li>
      ))}
    </ul>
  );
}
