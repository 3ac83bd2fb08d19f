import type { JSX } from 'react';
import type { CallInput } from '../../../preload/contract';
import { api } from '../api';
import { useI18n } from '../i18n/I18nProvider';

type Purpose = CallInput<'app.pickFiles'>['purpose'];

/** A folder path typed in or chosen with the system dialog; empty means none. */
export function FolderField(props: { id: string; label: string; hint: string; value: string; purpose: Purpose; onChange: (value: string) => void }): JSX.Element {
  const { t } = useI18n();
  const pick = async (): Promise<void> => {
    const [dir] = await api.app.pickFiles({ purpose: props.purpose });
    if (dir) props.onChange(dir);
  };
  return (
    <div className="set-field">
      <label htmlFor={props.id}>{props.label}</label>
      <div className="set-folder">
        <input id={props.id} type="text" value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.id} spellCheck={false} />
        <button type="button" className="btn" onClick={() => void pick()}>
          {t('settings.choose')}
        </button>
      </div>
      <span className="muted small">{props.hint}</span>
    </div>
  );
}
