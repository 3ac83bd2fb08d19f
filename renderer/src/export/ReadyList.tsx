import type { JSX } from 'react';
import type { ExportPreviewItem } from '../../../preload/contract';
import { VirtualList } from '../components/VirtualList';
import { useI18n } from '../i18n/I18nProvider';
import type { ExportPreviewState } from './useExportPreview';

const ROW_HEIGHT = 44;

/** The dossiers ready for export, each with its checkbox, and the buttons that choose all or none at once. */
export function ReadyList({ preview }: { preview: ExportPreviewState }): JSX.Element {
  const { t, n } = useI18n();
  const { dossiers, selected, chosen } = preview;
  const total = dossiers?.length ?? 0;
  const totalPages = (dossiers ?? []).reduce((sum, d) => sum + d.pages, 0);

  const row = (d: ExportPreviewItem): JSX.Element => (
    <>
      <input
        type="checkbox"
        checked={selected.has(d.id)}
        onChange={() => preview.toggle(d.id)}
        aria-label={t('export.list.select', { id: d.id })}
        data-testid="export-row-check"
        data-dossier={d.id}
      />
      <span className="mono ellipsis">{d.id}</span>
      <span className="mono ellipsis">{d.record_id ?? '—'}</span>
      <span className="mono ellipsis">{d.plate ?? '—'}</span>
      <span className="num">{n(d.pages)}</span>
      <span className={`chip status-${d.status}`} title={d.retired ? t('export.status.retiredHint') : undefined}>
        {t(d.status === 'exported' ? 'export.status.exported' : 'export.status.resolved')}
        {d.retired ? ` · ${t('export.status.retired')}` : ''}
      </span>
    </>
  );

  return (
    <section className="card export-ready" aria-labelledby="export-ready-title" data-testid="export-ready">
      <div className="export-section-head">
        <h2 id="export-ready-title">{t('export.list.title')}</h2>
        <label className="check">
          <input type="checkbox" checked={preview.reexport} onChange={(e) => preview.setReexport(e.target.checked)} data-testid="export-reexport" />
          {t('export.list.reexport')}
        </label>
      </div>
      <div className="export-toolbar">
        <span data-testid="export-selection" aria-live="polite">
          {dossiers === null
            ? t('app.loading')
            : t('export.list.selection', { n: chosen.ids.length, total, pages: chosen.pages, totalPages })}
        </span>
        <button type="button" className="btn btn-quiet" onClick={preview.selectAll} disabled={total === 0} data-testid="export-select-all">
          {t('export.list.all')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={preview.selectNone} disabled={chosen.ids.length === 0} data-testid="export-select-none">
          {t('export.list.none')}
        </button>
      </div>
      {dossiers !== null && total === 0 ? (
        <p className="empty-note" data-testid="export-empty">
          {t(preview.reexport ? 'export.list.emptyAll' : 'export.list.empty')}
        </p>
      ) : (
        <div className="export-table" role="table" aria-label={t('export.list.title')}>
          <div className="rt-head" role="row">
            <span role="columnheader">
              <span className="visually-hidden">{t('export.list.col.select')}</span>
            </span>
            <span role="columnheader">{t('export.list.col.dossier')}</span>
            <span role="columnheader">{t('export.list.col.record')}</span>
            <span role="columnheader">{t('export.list.col.plate')}</span>
            <span role="columnheader" className="num">
              {t('export.list.col.pages')}
            </span>
            <span role="columnheader">{t('export.list.col.status')}</span>
          </div>
          <VirtualList items={dossiers ?? []} rowHeight={ROW_HEIGHT} renderRow={row} label={t('export.list.title')} testId="export-list" />
        </div>
      )}
    </section>
  );
}
