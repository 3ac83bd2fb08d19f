import type { JSX } from 'react';
import type { Reading } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';

/** Every copy of the field on paper: where it is, what was read, how surely; choosing one shows its page. */
export function ReadingList({ readings, onShow }: { readings: readonly Reading[]; onShow: (page: number) => void }): JSX.Element | null {
  const { t } = useI18n();
  if (readings.length === 0) return null;
  return (
    <div className="readings">
      <h3>{t('review.readings', { n: readings.length })}</h3>
      <ul>
        {readings.map((r, i) => (
          <li key={i}>
            <button type="button" className="reading" onClick={() => onShow(r.page)} data-testid="reading">
              <span className="muted small">
                {t(`review.source.${r.source}` as MessageKey)} · {t('scan.pageNo', { n: r.page + 1 })}
              </span>
              <span className="mono">
                {r.chars.length > 0
                  ? r.chars.map((c, k) => (
                      <span key={k} className="conf-c" style={{ borderBottomColor: `rgba(180, 35, 24, ${Math.min(1, (1 - c.confidence) * 1.6).toFixed(2)})` }}>
                        {c.c}
                      </span>
                    ))
                  : r.text}
              </span>
              <span className="muted small num">{Math.round(r.confidence * 100)}%</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
