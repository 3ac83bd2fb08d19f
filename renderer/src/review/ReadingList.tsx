import type { JSX } from 'react';
import type { Reading, ReviewDossier } from '../../../preload/contract';
import { formatDate } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { FieldCrop } from './FieldCrop';
import { usePageScans } from './usePageScans';

interface Props {
  dossier: ReviewDossier;
  readings: readonly Reading[];
  onShow: (page: number) => void;
}

/**
 * Every copy of the field on paper (form, rubbing, certificate), each as an enlarged crop of the scan beside what
 * was read and how surely; choosing one shows its page, zoomed to it.
 */
export function ReadingList({ dossier, readings, onShow }: Props): JSX.Element | null {
  const { t, locale } = useI18n();
  const scans = usePageScans(
    dossier.id,
    readings.filter((r) => r.box).map((r) => r.page),
  );
  if (readings.length === 0) return null;
  return (
    <div className="readings" data-testid="readings">
      <h3>{t('review.readings', { n: readings.length })}</h3>
      <ul>
        {readings.map((r, i) => {
          const page = dossier.pages.find((p) => p.pageNo === r.page);
          const how = r.method ? ` · ${t(`review.method.${r.method}` as MessageKey)}` : '';
          const where = `${t(`review.source.${r.source}` as MessageKey)}${how} · ${t('scan.pageNo', { n: r.page + 1 })}`;
          return (
            <li key={i}>
              <button type="button" className="reading" onClick={() => onShow(r.page)} data-testid="reading" data-source={r.source} data-method={r.method}>
                <span className="muted small">{where}</span>
                <span className="muted small num">{Math.round(r.confidence * 100)}%</span>
                {r.box && page ? (
                  <FieldCrop image={scans.get(r.page)} box={r.box} page={page} label={t('review.crop', { where, text: r.text })} />
                ) : null}
                <span className="mono">
                  {r.chars.length > 0
                    ? inReadersOrder(r.text, r.chars).map((c, k) => (
                        <span key={k} className="conf-c" style={{ borderBottomColor: `rgba(180, 35, 24, ${Math.min(1, (1 - c.confidence) * 1.6).toFixed(2)})` }}>
                          {c.c}
                        </span>
                      ))
                    : formatDate(r.text, locale)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * A date read as 1990-03-15, its characters with their confidences put in the order a reader writes it (15/03/1990),
 * as the record and the paper above it are; any other reading as read.
 */
function inReadersOrder<C extends { c: string }>(text: string, chars: readonly C[]): readonly C[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || chars.length !== 10) return chars;
  const slash = (c: C): C => ({ ...c, c: '/' });
  const [y1, y2, y3, y4, dash1, m1, m2, dash2, d1, d2] = chars as [C, C, C, C, C, C, C, C, C, C];
  return [d1, d2, slash(dash2), m1, m2, slash(dash1), y1, y2, y3, y4];
}
