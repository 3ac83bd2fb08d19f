import type { JSX } from 'react';
import type { PageView } from '../../../preload/contract';
import { SidePanel } from '../components/SidePanel';
import { useI18n } from '../i18n/I18nProvider';
import { engineText, problemsText } from '../i18n/engine-text';
import type { MessageKey } from '../i18n/translate';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageTools } from './PageTools';
import { useDossierPages } from './useDossierPages';
import { usePageTools, type PageToolsControls } from './usePageTools';
import './dossier-pages.css';

function kindLabel(kind: string | null): MessageKey {
  const known = ['declaration', 'certificate', 'separator', 'other', 'blank'];
  return (kind && known.includes(kind) ? `scan.kind.${kind}` : 'scan.kind.unknown') as MessageKey;
}

function PageCard({ page, count, tools }: { page: PageView; count: number; tools: PageToolsControls }): JSX.Element {
  const { t, locale } = useI18n();
  // The engine counts pages from 0; people count from 1.
  const n = page.pageNo + 1;
  const failed = page.state === 'failed';
  return (
    <li
      className={failed ? 'page-card failed' : 'page-card'}
      data-testid="page-thumb"
      data-state={page.state}
      data-rotation={page.userRotation}
    >
      <div className="thumb-frame">
        {page.thumbnail ? (
          <img src={page.thumbnail} alt={t('scan.pageAlt', { n })} />
        ) : (
          <span className="thumb-none muted small">{page.state === 'queued' ? t('scan.page.queued') : t('scan.page.noImage')}</span>
        )}
      </div>
      <div className="page-meta">
        <span className="strong">{t('scan.pageNo', { n })}</span>
        <span className="muted small">{t(kindLabel(page.kind))}</span>
      </div>
      <div className="page-marks">
        {page.blank ? <span className="chip chip-neutral">{t('scan.page.blank')}</span> : null}
        {page.state === 'queued' ? <span className="chip">{t('scan.page.queued')}</span> : null}
        {failed ? <span className="chip chip-bad">{t('scan.page.failed')}</span> : null}
      </div>
      {failed && page.error ? <p className="error-text small">{problemsText(page.problems, page.error, locale)}</p> : null}
      <PageTools pageNo={page.pageNo} count={count} tools={tools} />
    </li>
  );
}

interface Props {
  id: string;
  version: number;
  onClose: () => void;
}

/** Side panel with the thumbnails of one dossier's pages, in page order, with what each page is. */
export function DossierPages({ id, version, onClose }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const state = useDossierPages(id, version);
  const tools = usePageTools(id);
  return (
    <SidePanel
      label={t('scan.pagesLabel')}
      title={id}
      closeLabel={t('scan.pagesClose')}
      onClose={onClose}
      takeFocus
      className="pages-panel"
      testId="dossier-pages"
    >
      {tools.error ? <ErrorBanner message={tools.error} onDismiss={tools.dismissError} /> : null}
      {tools.removed !== null ? (
        <div className="banner banner-warn pages-removed" role="status" data-testid="page-removed">
          <span className="banner-text">{t('scan.tools.removed', { n: tools.removed + 1 })}</span>
          <button type="button" className="btn btn-quiet" onClick={tools.restore} disabled={tools.busy} data-testid="page-restore">
            {t('scan.tools.restore')}
          </button>
        </div>
      ) : null}
      {state.status === 'loading' ? <p className="muted pages-note">{t('app.loading')}</p> : null}
      {state.status === 'error' ? <p className="error-text pages-note">{engineText(state.message, locale)}</p> : null}
      {state.status === 'ready' && state.pages.length === 0 ? <p className="muted pages-note">{t('scan.noPages')}</p> : null}
      {state.status === 'ready' && state.pages.length > 0 ? (
        <ul className="page-grid">
          {state.pages.map((p) => (
            <PageCard key={p.pageNo} page={p} count={state.pages.length} tools={tools} />
          ))}
        </ul>
      ) : null}
    </SidePanel>
  );
}
