import type { JSX, KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { DossierRow, SERIAL_FIELDS } from './DossierRow';
import type { DossierList as Dossiers } from './useDossiers';
import './dossier-list.css';

interface Props {
  list: Dossiers;
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** ↑ ↓ Home End move between rows; Tab leaves the list. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowUp', 'ArrowDown', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const rows = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-row]'));
  const at = rows.indexOf(document.activeElement as HTMLElement);
  if (at < 0 || rows.length === 0) return;
  event.preventDefault();
  const next = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: rows.length - 1 }[event.key] ?? at;
  rows[Math.max(0, Math.min(rows.length - 1, next))]?.focus();
}

/** The scanned dossiers, newest first, with a button for the next window of 50. */
export function DossierList({ list, selectedId, onOpen }: Props): JSX.Element {
  const { t } = useI18n();
  const { rows, total } = list;
  return (
    <section className="dossier-list card" aria-labelledby="dossiers-title" data-testid="dossier-list" data-total={total ?? ''}>
      <header className="dossier-list-head">
        <h2 id="dossiers-title">{t('scan.listTitle')}</h2>
        <span className="muted small">{total === null ? t('app.loading') : t('scan.listCount', { n: total })}</span>
      </header>
      <div className="dossier-cols" aria-hidden="true">
        <span>{t('scan.col.dossier')}</span>
        <span>{t('scan.col.status')}</span>
        <span className="num">{t('scan.col.pages')}</span>
        {SERIAL_FIELDS.map((f) => (
          <span key={f}>{t(`field.${f}`)}</span>
        ))}
      </div>
      <div className="dossier-scroll">
        {total === 0 ? (
          <div className="dossier-empty" data-testid="dossier-empty">
            <p className="strong">{t('scan.empty')}</p>
            <p className="muted">{t('scan.emptyHint')}</p>
          </div>
        ) : (
          <ul className="dossier-rows" aria-label={t('scan.listTitle')} onKeyDown={moveFocus}>
            {rows.map((d) => (
              <DossierRow key={d.id} dossier={d} selected={d.id === selectedId} onOpen={onOpen} />
            ))}
          </ul>
        )}
        {total !== null && rows.length < total ? (
          <button type="button" className="btn load-more" onClick={list.loadMore} data-testid="dossiers-more">
            {t('scan.more', { shown: rows.length, total })}
          </button>
        ) : null}
      </div>
      <footer className="table-status muted">
        <span>{t('scan.keys')}</span>
      </footer>
    </section>
  );
}
