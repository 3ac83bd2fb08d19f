import { useEffect, useRef, type JSX } from 'react';
import { DEMO_ACCOUNTS } from '../auth/demoAccounts';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { TOUR_STEPS } from './tourSteps';
import type { TourState } from './useTour';
import { useCardPlacement } from './useCardPlacement';
import './tour.css';

interface Props {
  tour: TourState & { step: number };
  onSignIn: () => void;
}

/**
 * The tour as a coach mark in a corner: not modal, so the newcomer can try what a step says (press P in the
 * review) while it stays in view. Focus sits on "Next", so Enter walks the tour and Esc ends it.
 */
export function TourCard({ tour, onSignIn }: Props): JSX.Element {
  const { t } = useI18n();
  const nextButton = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLElement>(null);
  const step = TOUR_STEPS[tour.step];
  const last = tour.step === TOUR_STEPS.length - 1;
  const account = DEMO_ACCOUNTS.find((a) => a.name === step.account);
  const place = useCardPlacement(card, step.target, tour.step);

  // Each step opens another screen; the focus comes back here so the next Enter still walks the tour.
  useEffect(() => {
    nextButton.current?.focus();
  }, [tour.step]);

  return (
    <section
      ref={card}
      style={place}
      role="dialog"
      aria-modal="false"
      aria-labelledby="tour-title"
      aria-describedby="tour-body"
      className="tour-card"
      data-testid="tour"
      data-step={tour.step}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        tour.close();
      }}
    >
      <header className="tour-head">
        <span className="tour-count small muted" data-testid="tour-count">
          {t('tour.count', { step: tour.step + 1, steps: TOUR_STEPS.length })}
        </span>
        <button type="button" className="icon-btn" aria-label={t('tour.close')} title={t('tour.close')} onClick={tour.close} data-testid="tour-close">
          <Icon name="close" size={16} />
        </button>
      </header>
      <h2 id="tour-title" data-testid="tour-title">
        {t(step.title)}
      </h2>
      <p id="tour-body">{t(step.body)}</p>
      {account ? (
        <p className="tour-account small">
          {t('tour.account', { name: account.name, password: account.password })}{' '}
          <button type="button" className="btn btn-quiet" onClick={onSignIn} data-testid="tour-signin">
            {t('tour.signIn')}
          </button>
        </p>
      ) : null}
      <footer className="tour-actions">
        {tour.step > 0 ? (
          <button type="button" className="btn" onClick={tour.back} data-testid="tour-back">
            {t('tour.back')}
          </button>
        ) : null}
        <button ref={nextButton} type="button" className="btn btn-primary" onClick={tour.next} data-testid="tour-next">
          {t(last ? 'tour.finish' : 'tour.next')}
        </button>
      </footer>
    </section>
  );
}
