import { useEffect, useRef, type JSX } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  dossiers: number;
  pages: number;
  folder: string;
  lead: string;
  reexport: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The lead's confirmation, naming everything the batch will be: how many, where, by whom. */
export function ExportConfirmDialog({ dossiers, pages, folder, lead, reexport, onConfirm, onClose }: Props): JSX.Element {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const confirm = (): void => {
    onConfirm();
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="dialog export-dialog" aria-labelledby="export-confirm-title" onClose={onClose} data-testid="export-confirm">
      <header className="dialog-head">
        <h2 id="export-confirm-title">
          <Icon name="export" size={20} />
          {t('export.confirm.title')}
        </h2>
      </header>
      <div className="dialog-body">
        <p data-testid="export-confirm-question">{t('export.confirm.question', { n: dossiers, pages, folder, lead })}</p>
        <p className="small muted">{t('export.confirm.note')}</p>
        {reexport ? <p className="small notice notice-warn">{t('export.confirm.reexport')}</p> : null}
      </div>
      <footer className="dialog-foot">
        <button type="button" className="btn" onClick={() => dialog.current?.close()} autoFocus>
          {t('auth.cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={confirm} data-testid="export-confirm-yes">
          {t('export.confirm.yes', { n: dossiers })}
        </button>
      </footer>
    </dialog>
  );
}
