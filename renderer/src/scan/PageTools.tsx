import type { JSX } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { PageToolsControls } from './usePageTools';

interface Props {
  pageNo: number;
  count: number;
  tools: PageToolsControls;
}

/**
 * The buttons under one thumbnail: rotate, move earlier/later, remove, re-scan. Plain buttons, so Tab reaches
 * them; while a call is on its way they are only aria-disabled, so the focus stays where the clerk left it.
 */
export function PageTools({ pageNo, count, tools }: Props): JSX.Element {
  const { t } = useI18n();
  const n = pageNo + 1;
  return (
    <div className="page-tools" role="group" aria-label={t('scan.tools.label', { n })}>
      <button
        type="button"
        className="icon-btn"
        onClick={() => tools.rotate(pageNo)}
        aria-disabled={tools.busy}
        aria-label={t('scan.tools.rotate', { n })}
        title={t('scan.tools.rotate', { n })}
        data-testid="page-rotate"
      >
        ↻
      </button>
      <button
        type="button"
        className="icon-btn"
        onClick={() => tools.move(pageNo, pageNo - 1)}
        aria-disabled={tools.busy} disabled={pageNo === 0}
        aria-label={t('scan.tools.earlier', { n })}
        title={t('scan.tools.earlier', { n })}
        data-testid="page-move-earlier"
      >
        ←
      </button>
      <button
        type="button"
        className="icon-btn"
        onClick={() => tools.move(pageNo, pageNo + 1)}
        aria-disabled={tools.busy} disabled={pageNo === count - 1}
        aria-label={t('scan.tools.later', { n })}
        title={t('scan.tools.later', { n })}
        data-testid="page-move-later"
      >
        →
      </button>
      <button
        type="button"
        className="icon-btn"
        onClick={() => tools.remove(pageNo)}
        aria-disabled={tools.busy} disabled={count <= 1}
        aria-label={t('scan.tools.remove', { n })}
        title={t('scan.tools.remove', { n })}
        data-testid="page-remove"
      >
        ✕
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-small"
        onClick={() => tools.rescan(pageNo)}
        aria-disabled={tools.busy}
        aria-label={t('scan.tools.rescan', { n })}
        data-testid="page-rescan"
      >
        {t('scan.tools.rescanShort')}
      </button>
    </div>
  );
}
