import { useEffect, useRef, useState, type JSX } from 'react';
import type { KeyedImportReport } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { baseName, formatDuration } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { IssuesTable } from './IssuesTable';
import { RejectedTable } from './RejectedTable';
import { ReportTabButton, type ReportTab } from './ReportTabButton';
import './import-report.css';


const counts: { key: keyof KeyedImportReport & ('imported' | 'updated' | 'unchanged' | 'rejected' | 'with_issues'); label: MessageKey; tone: string }[] = [
  { key: 'imported', label: 'report.imported', tone: 'good' },
  { key: 'updated', label: 'report.updated', tone: 'info' },
  { key: 'unchanged', label: 'report.unchanged', tone: 'neutral' },
  { key: 'rejected', label: 'report.rejected', tone: 'bad' },
  { key: 'with_issues', label: 'report.withIssues', tone: 'warn' },
];

/** The import report as a modal dialog: the counts first, then what needs the clerk's attention. */
interface Props {
  report: KeyedImportReport;
  files: readonly string[];
  /** The heading of the issues' key column (Mã hồ sơ, Số định danh cá nhân, Số GPLX …). */
  keyLabel: string;
  onClose: () => void;
}

export function ImportReportDialog({ report, files, keyLabel, onClose }: Props): JSX.Element {
  const { t, n } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<ReportTab>(report.errors.length > 0 || report.issues.length === 0 ? 'rejected' : 'issues');

  useEffect(() => {
    const element = dialog.current;
    // No close() on cleanup: removing the element ends the modal state, and a close event would re-enter onClose.
    if (element && !element.open) element.showModal();
  }, []);

  const shownRejected = report.errors.filter((e) => e.row !== null).length;
  const capped =
    tab === 'rejected'
      ? report.rejected > shownRejected && { shown: shownRejected, total: report.rejected }
      : report.issues.length >= 1000 && { shown: report.issues.length, total: report.with_issues };

  return (
    <dialog ref={dialog} className="dialog report-dialog" aria-labelledby="report-title" onClose={onClose} data-testid="import-report">
      <header className="dialog-head">
        <h2 id="report-title">
          <Icon name="report" size={20} />
          {t('report.title')}
        </h2>
        <button type="button" className="icon-btn" aria-label={t('report.close')} onClick={() => dialog.current?.close()}>
          <Icon name="close" />
        </button>
      </header>
      <div className="dialog-body">
        {files.length > 0 ? (
          <p className="report-files" title={files.join('\n')}>
            <Icon name="file" size={16} />
            <span className="ellipsis">{t('report.files', { files: files.map(baseName).join(', ') })}</span>
          </p>
        ) : null}
        {report.cancelled ? (
          <p className="banner banner-warn" role="status">
            <Icon name="warning" size={16} />
            {t('report.cancelled')}
          </p>
        ) : (
          <p className="muted">{t('report.done', { time: formatDuration(report.seconds, t) })}</p>
        )}
        <dl className="report-counts">
          {counts.map((c) => (
            <div key={c.key} className={`count-tile tone-${c.tone}${report[c.key] === 0 ? ' is-zero' : ''}`} data-testid={`count-${c.key}`}>
              <dt>{t(c.label)}</dt>
              <dd>{n(report[c.key])}</dd>
            </div>
          ))}
        </dl>
        <div className="tabs" role="tablist" aria-label={t('report.title')}>
          <ReportTabButton id="rejected" current={tab} onSelect={setTab} label={t('report.tabRejected', { n: report.errors.length })} />
          <ReportTabButton id="issues" current={tab} onSelect={setTab} label={t('report.tabIssues', { n: report.issues.length })} />
        </div>
        <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'rejected' ? <RejectedTable errors={report.errors} /> : <IssuesTable issues={report.issues} keyLabel={keyLabel} />}
          {capped ? <p className="muted small">{t('report.capped', capped)}</p> : null}
        </div>
      </div>
      <footer className="dialog-foot">
        <button type="button" className="btn btn-primary" onClick={() => dialog.current?.close()} data-testid="report-close">
          {t('report.close')}
        </button>
      </footer>
    </dialog>
  );
}
