import type { JSX } from 'react';
import type { ExportResult } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { formatDuration } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { formatSize } from './formatSize';

interface Props {
  result: ExportResult;
  /** The separate batch of dossiers of vehicles on the retired list. */
  retired?: boolean;
  onOpenFolder: (path: string) => void;
  onDismiss: () => void;
}

/** The batch just written: where, how much, how big against the scans, and which key signed it. */
export function ExportResultCard({ result, retired = false, onOpenFolder, onDismiss }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const facts: [string, string, string][] = [
    ['folder', t('export.result.folder'), result.dir],
    ['dossiers', t('export.result.dossiers'), t('export.count.dossiers', { n: result.dossiers.length })],
    ['pages', t('export.result.pages'), t('export.count.pages', { n: result.pages })],
    ['size', t('export.result.size'), t('export.result.sizeOf', { size: formatSize(result.bytes, locale), input: formatSize(result.input_bytes, locale) })],
    ['key', t('export.result.key'), result.key_id],
    ['time', t('export.result.time'), formatDuration(result.seconds, t)],
  ];
  return (
    <section className="banner banner-good export-result" role="status" aria-labelledby={`export-result-title-${result.batch}`} data-testid={retired ? 'export-result-retired' : 'export-result'}>
      <Icon name="check" size={18} />
      <div className="banner-text">
        <strong id={`export-result-title-${result.batch}`}>{t(retired ? 'export.result.retiredTitle' : 'export.result.title', { batch: result.batch })}</strong>
        <dl className="export-facts">
          {facts.map(([key, label, value]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd className={key === 'folder' || key === 'key' ? 'mono' : undefined} data-testid={`export-result-${key}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <div>
          <button type="button" className="btn" onClick={() => onOpenFolder(result.dir)} data-testid="export-open-folder">
            <Icon name="file" size={16} />
            {t('export.result.open')}
          </button>
        </div>
      </div>
      <button type="button" className="icon-btn" aria-label={t('error.dismiss')} onClick={onDismiss}>
        <Icon name="close" size={16} />
      </button>
    </section>
  );
}
