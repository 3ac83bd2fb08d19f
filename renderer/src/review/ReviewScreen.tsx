import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import { PageHead } from '../components/PageHead';
import type { User } from '../../../preload/contract';
import { ErrorBanner } from '../components/ErrorBanner';
import { formatDate } from '../format';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { AuditTrail } from './AuditTrail';
import { BulkConfirmDialog } from './BulkConfirmDialog';
import { actionsFor } from './flagActions';
import { FlagDetail } from './FlagDetail';
import { FlagList } from './FlagList';
import { LinkPanel } from './LinkPanel';
import { MergeDuplicate } from './MergeDuplicate';
import { PageViewer } from './PageViewer';
import { QueuePanel } from './QueuePanel';
import { ShortcutLegend } from './ShortcutLegend';
import { useDossierAudit } from './useDossierAudit';
import { useReviewKeys, type ReviewCommand } from './useReviewKeys';
import { useReviewQueue } from './useReviewQueue';
import { useReviewState, type ReviewState } from './useReviewState';
import { useViewer } from './useViewer';
import './review-side.css';
import './review.css';

const PAN_STEP = 80;

/** The officer's screen: the queue, the page with the flag's boxes, record against paper, decided by keyboard. */
export function ReviewScreen({ user, onSignIn }: { user: User | null; onSignIn: () => void }): JSX.Element {
  const { t } = useI18n();
  const queue = useReviewQueue();
  const state = useReviewState(queue, user);
  const viewer = useViewer();
  const audit = useDossierAudit(state.id, state.changes);
  const [bulk, setBulk] = useState<string[] | null>(null);
  const [merged, setMerged] = useState<string | null>(null);
  const canDecide = user !== null && user.role !== 'clerk';
  const { dossier, flag } = state;

  const commands: Record<ReviewCommand, () => void> = {
    next: () => state.moveFlag(1),
    previous: () => state.moveFlag(-1),
    nextDossier: () => state.moveDossier(1),
    previousDossier: () => state.moveDossier(-1),
    'keep-record': () => state.decide('keep-record'),
    'take-scan': () => state.decide('take-scan'),
    rescan: () => state.decide('rescan'),
    edit: () => (canDecide ? state.setEditing(true) : state.decide('set')),
    undo: state.undo,
    zoomIn: () => viewer.zoomBy(1.25),
    zoomOut: () => viewer.zoomBy(1 / 1.25),
    fit: viewer.reset,
    rotate: () => viewer.rotate(1),
    panLeft: () => viewer.panBy(PAN_STEP, 0),
    panRight: () => viewer.panBy(-PAN_STEP, 0),
    panUp: () => viewer.panBy(0, PAN_STEP),
    panDown: () => viewer.panBy(0, -PAN_STEP),
  };
  useReviewKeys((c) => commands[c]());

  const refresh = queue.refresh;
  const bulkDone = useCallback((n: number) => n > 0 && refresh(), [refresh]);

  return (
    <section className="review-screen" aria-labelledby="review-title" data-testid="screen-review">
      <PageHead titleId="review-title" title={t('review.title')} lead={t('review.lead')} />
      <RoleBanner user={user} onSignIn={onSignIn} />
      {merged ? (
        <p className="notice" role="status" data-testid="merge-said">
          {merged}
        </p>
      ) : null}
      <div className="review-body">
        <QueuePanel
          queue={queue}
          index={state.index}
          onOpen={state.open}
          onBulk={canDecide ? () => setBulk(queue.cleanIds()) : null}
          cleanCount={canDecide ? queue.cleanIds().length : 0}
        />
        {dossier ? (
          <PageViewer dossier={dossier} pageNo={state.page} onPage={state.showPage} image={state.image} readings={flag?.readings ?? []} viewer={viewer} />
        ) : (
          <div className="viewer viewer-empty muted">{queue.total === 0 ? t('review.queueEmpty') : t('app.loading')}</div>
        )}
        <aside className="review-side" aria-label={t('review.side')}>
          {dossier ? (
            <DossierSide
              state={state}
              canDecide={canDecide}
              audit={audit}
              onMerged={(said) => {
                setMerged(said);
                refresh();
              }}
            />
          ) : null}
        </aside>
      </div>
      <ShortcutLegend canDecide={canDecide} />
      {bulk ? <BulkConfirmDialog ids={bulk} onDone={bulkDone} onClose={() => setBulk(null)} /> : null}
    </section>
  );
}

function RoleBanner({ user, onSignIn }: { user: User | null; onSignIn: () => void }): JSX.Element | null {
  const { t } = useI18n();
  if (user && user.role !== 'clerk') return null;
  return (
    <div className="banner banner-warn" role="status" data-testid="review-readonly">
      <span className="banner-text">{user ? t('review.readOnly.clerk', { name: user.name }) : t('review.readOnly.signedOut')}</span>
      {user ? null : (
        <button type="button" className="btn" onClick={onSignIn}>
          {t('auth.open')}
        </button>
      )}
    </div>
  );
}

function DossierSide({
  state,
  canDecide,
  audit,
  onMerged,
}: {
  state: ReviewState;
  canDecide: boolean;
  audit: ReturnType<typeof useDossierAudit>;
  onMerged: (said: string) => void;
}): JSX.Element {
  const { t, locale } = useI18n();
  const dossier = state.dossier!;
  const notice = state.notice;
  const refused = notice?.kind === 'refused';
  // A key pressed with the buttons scrolled away: the refusal beside them is brought into view.
  const said = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refused || state.refusal) said.current?.scrollIntoView({ block: 'center' });
  }, [refused, state.refusal]);
  return (
    <>
      <header className="dossier-head">
        <h2 className="mono" data-testid="review-dossier-id">
          {dossier.id}
        </h2>
        <span className={`chip status-${dossier.status}`} data-testid="review-dossier-status" data-status={dossier.status}>
          {t(`scan.status.${dossier.status}` as MessageKey)}
        </span>
        <span className="muted small">{t('review.position', { n: state.index + 1 })}</span>
      </header>
      <p className="small scan-values" data-testid="review-values">
        {(dossier.kind === 'licence' ? (['licence_no', 'full_name', 'birth_date'] as const) : (['plate', 'chassis', 'engine'] as const)).map((f, i) => (
          <span key={f}>
            {i > 0 ? ' · ' : null}
            {/* A holder's name is words and a birth date is written the reader's way; only serials are monospace. */}
            {fieldLabel(f, t)}: <span className={f === 'full_name' || f === 'birth_date' ? undefined : 'mono'}>{formatDate(dossier.fields[f] ?? '—', locale)}</span>
          </span>
        ))}
      </p>
      {state.error ? <ErrorBanner message={state.error} onDismiss={state.dismiss} /> : null}
      {notice && notice.kind !== 'refused' ? (
        <p className="notice" role="status" data-testid="review-notice">
          {notice.kind === 'resolved'
              ? t('review.resolvedNext')
              : notice.kind === 'undone'
                ? t('review.undone')
                : t('review.decidedNotice', { field: fieldLabel(notice.field ?? '', t), action: t(`review.action.${notice.text}` as MessageKey) })}
        </p>
      ) : null}
      <FlagList flags={dossier.flags} selected={state.flagIndex} onSelect={state.selectFlag} />
      {state.flag ? (
        <FlagDetail
          key={`${dossier.id}-${state.flag.field}`}
          dossier={dossier}
          flag={state.flag}
          editing={state.editing && canDecide}
          onEdit={(value) => state.decide('set', value)}
          onCancelEdit={() => state.setEditing(false)}
          onShowPage={state.showPage}
        />
      ) : null}
      <div className="decide-buttons" role="group" aria-label={t('review.decide')}>
        {actionsFor(state.flag, dossier.kind).map((a) => (
          <button
            key={a.action}
            type="button"
            className="btn"
            disabled={!canDecide || state.busy}
            onClick={() => (a.edits ? state.setEditing(true) : state.decide(a.action))}
            data-testid={`decide-${a.action}`}
          >
            {t(a.label)}
          </button>
        ))}
        <button type="button" className="btn btn-quiet" disabled={!canDecide || state.busy} onClick={state.undo} data-testid="decide-undo">
          {t('review.action.undo')}
        </button>
      </div>
      {/* A refused decision is said beside the decision's buttons, where the officer acted (as on Owners, Licences). */}
      <div ref={said}>
        {refused ? (
          <p className="notice notice-warn" role="status" data-testid="review-notice">
            {t('review.refused')}
          </p>
        ) : null}
        {state.refusal ? <ErrorBanner message={state.refusal} onDismiss={state.dismiss} /> : null}
      </div>
      <MergeDuplicate key={dossier.id} dossier={dossier} flag={state.flag ?? null} disabled={!canDecide || state.busy} onMerged={onMerged} />
      <LinkPanel link={dossier.link} subject={dossier.kind === 'licence' ? 'licence' : 'record'} recordId={dossier.record?.record_id ?? null} onLink={canDecide ? (rid) => state.decide('set', rid, 'record') : undefined} />
      <AuditTrail rows={audit.rows} total={audit.total} />
    </>
  );
}
