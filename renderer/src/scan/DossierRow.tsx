import type { JSX } from 'react';
import type { DossierView } from '../../../preload/contract';
import { baseName, formatPercent } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { problemsText } from '../i18n/engine-text';
import { StatusChip } from './StatusChip';

/** Below this the reading is shown in amber: the officer should look at the page itself. */
const LOW_CONFIDENCE = 0.8;
export const SERIAL_FIELDS = ['plate', 'chassis', 'engine'] as const;

function FieldValue({ reading }: { reading: DossierView['fields'][string] | undefined }): JSX.Element {
  const { t, locale } = useI18n();
  if (!reading) return <span className="nil">—</span>;
  const conf = reading.confidence;
  return (
    <span className="scan-value">
      <span className="mono">{reading.value}</span>
      {conf !== undefined ? (
        <span className={conf < LOW_CONFIDENCE ? 'conf conf-low' : 'conf'} title={t('scan.confidence')}>
          {formatPercent(conf, locale)}
        </span>
      ) : null}
    </span>
  );
}

interface Props {
  dossier: DossierView;
  selected: boolean;
  onOpen: (id: string) => void;
}

/** One dossier as a row: id and source, status, pages, and the three serials read from the paper. */
export function DossierRow({ dossier, selected, onOpen }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const source = dossier.source.map(baseName).join(', ');
  return (
    <li>
      <button
        type="button"
        className={selected ? 'dossier-row selected' : 'dossier-row'}
        aria-pressed={selected}
        onClick={() => onOpen(dossier.id)}
        data-testid="dossier-row"
        data-dossier={dossier.id}
        data-row=""
      >
        <span className="d-id">
          <span className="mono strong">{dossier.id}</span>
          <span className="muted small ellipsis" title={dossier.source.join('\n')}>
            {source}
          </span>
        </span>
        <span className="d-status">
          <StatusChip status={dossier.status} />
        </span>
        <span className="d-pages num">{dossier.pages}</span>
        {dossier.status === 'failed' ? (
          <span className="d-error error-text" data-testid="dossier-error">
            {problemsText(dossier.problems, dossier.error, locale) ?? t('scan.failedUnknown')}
          </span>
        ) : (
          SERIAL_FIELDS.map((field) => (
            <span key={field} className={`d-field d-${field}`} data-testid={`dossier-${field}`}>
              <FieldValue reading={dossier.fields[field]} />
            </span>
          ))
        )}
      </button>
    </li>
  );
}
