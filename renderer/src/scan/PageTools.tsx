import type { JSX, ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { PageToolsControls } from './usePageTools';

interface Props {
  pageNo: number;
  count: number;
  tools: PageToolsControls;
}

/** One page tool: named for screen readers and on hover; `disabled` only where it can never apply to this page. */
function ToolButton(props: { label: string; testId: string; busy: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }): JSX.Element {
  return (
    <button
      type="button"
      className="icon-btn"
      onClick={props.onClick}
      aria-disabled={props.busy}
      disabled={props.disabled}
      aria-label={props.label}
      title={props.label}
      data-testid={props.testId}
    >
      {props.children}
    </button>
  );
}

/**
 * The buttons under one thumbnail: rotate, move earlier/later, remove, re-scan. Plain buttons, so Tab reaches
 * them; while a call is on its way they are only aria-disabled, so the focus stays where the clerk left it.
 */
export function PageTools({ pageNo, count, tools }: Props): JSX.Element {
  const { t } = useI18n();
  const n = pageNo + 1;
  const busy = tools.busy;
  return (
    <div className="page-tools" role="group" aria-label={t('scan.tools.label', { n })}>
      <ToolButton label={t('scan.tools.rotate', { n })} testId="page-rotate" busy={busy} onClick={() => tools.rotate(pageNo)}>
        ↻
      </ToolButton>
      <ToolButton label={t('scan.tools.earlier', { n })} testId="page-move-earlier" busy={busy} disabled={pageNo === 0} onClick={() => tools.move(pageNo, pageNo - 1)}>
        ←
      </ToolButton>
      <ToolButton
        label={t('scan.tools.later', { n })}
        testId="page-move-later"
        busy={busy}
        disabled={pageNo === count - 1}
        onClick={() => tools.move(pageNo, pageNo + 1)}
      >
        →
      </ToolButton>
      <ToolButton label={t('scan.tools.remove', { n })} testId="page-remove" busy={busy} disabled={count <= 1} onClick={() => tools.remove(pageNo)}>
        ✕
      </ToolButton>
      <button
        type="button"
        className="btn btn-quiet btn-small"
        onClick={() => tools.rescan(pageNo)}
        aria-disabled={busy}
        aria-label={t('scan.tools.rescan', { n })}
        data-testid="page-rescan"
      >
        {t('scan.tools.rescanShort')}
      </button>
    </div>
  );
}
