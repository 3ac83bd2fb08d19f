import { useCallback, useEffect, useState, type JSX } from 'react';
import { SignInDialog } from './auth/SignInDialog';
import { useSession } from './auth/useSession';
import { Header } from './components/Header';
import { api } from './api';
import { useAppInfo } from './hooks/useAppInfo';
import { useI18n } from './i18n/I18nProvider';
import { Sidebar } from './components/Sidebar';
import { useLastScreen } from './hooks/useLastScreen';
import { DashboardScreen } from './dashboard/DashboardScreen';
import { DeclarationsScreen } from './declarations/DeclarationsScreen';
import { OwnersScreen } from './owners/OwnersScreen';
import { LicencesScreen } from './licences/LicencesScreen';
import { RetiredScreen } from './retired/RetiredScreen';
import { ExportScreen } from './export/ExportScreen';
import { useExportRun } from './export/useExportRun';
import { RecordsScreen } from './records/RecordsScreen';
import { ReviewScreen } from './review/ReviewScreen';
import { useImport } from './records/useImport';
import { tableImporters } from './records/table-importers';
import { ScanScreen } from './scan/ScanScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { useScanImport } from './scan/useScanImport';
import { useStoredSettings } from './settings/useStoredSettings';
import { TourCard } from './tour/TourCard';
import { TOUR_STEPS } from './tour/tourSteps';
import { useTour } from './tour/useTour';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** What each screen's import runs: the engine's import of its kind of file. */
const IMPORTERS = tableImporters(api);

/** The window frame: header, left navigation and the current screen. */
export function App(): JSX.Element {
  const { t } = useI18n();
  const info = useAppInfo();
  // Held here, not in the screens: an import keeps running (and reporting) while the clerk looks elsewhere.
  const job = useImport(IMPORTERS.records);
  const residentsJob = useImport(IMPORTERS.residents);
  const declarationsJob = useImport(IMPORTERS.declarations);
  const licencesJob = useImport(IMPORTERS.licences);
  const scan = useScanImport();
  const importing = (
    [
      ['records', job],
      ['owners', residentsJob],
      ['declarations', declarationsJob],
      ['licences', licencesJob],
    ] as const
  )
    .filter(([, j]) => j.running)
    .map(([id]) => id);
  const exportRun = useExportRun();
  const session = useSession();
  const [signingIn, setSigningIn] = useState(false);
  const [screen, setScreen] = useLastScreen();
  const stored = useStoredSettings();
  const demo = info?.demo ?? false;
  const tour = useTour(demo, stored);
  const tourStep = tour.step;
  // Bumped to ask the Records screen to focus its search box (Ctrl+F or "/" from anywhere).
  const [searchRequest, setSearchRequest] = useState(0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const ctrlF = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
      if (!ctrlF && !slash) return;
      event.preventDefault();
      setScreen('records');
      setSearchRequest((n) => n + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setScreen]);

  // Each tour step shows its screen; the newcomer can still wander off and come back with Back or Next.
  useEffect(() => {
    if (tourStep !== null) setScreen(TOUR_STEPS[tourStep].screen);
  }, [tourStep, setScreen]);

  const openSignIn = useCallback(() => setSigningIn(true), []);
  const closeSignIn = useCallback(() => setSigningIn(false), []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header info={info} session={session} onSignIn={openSignIn} />
      <div className="app-body">
        <Sidebar current={screen} onSelect={setScreen} info={info} importing={importing} scanning={scan.running} />
        <main id="main" className="app-main" tabIndex={-1}>
          {screen === 'records' ? (
            <RecordsScreen searchRequest={searchRequest} job={job} />
          ) : screen === 'scan' ? (
            <ScanScreen job={scan} />
          ) : screen === 'review' ? (
            <ReviewScreen user={session.user} onSignIn={openSignIn} />
          ) : screen === 'export' ? (
            <ExportScreen user={session.user} onSignIn={openSignIn} run={exportRun} />
          ) : screen === 'owners' ? (
            <OwnersScreen job={residentsJob} />
          ) : screen === 'declarations' ? (
            <DeclarationsScreen user={session.user} job={declarationsJob} />
          ) : screen === 'licences' ? (
            <LicencesScreen job={licencesJob} />
          ) : screen === 'retired' ? (
            <RetiredScreen />
          ) : screen === 'dashboard' ? (
            <DashboardScreen />
          ) : (
            <SettingsScreen onRestartTour={demo ? tour.restart : undefined} />
          )}
        </main>
      </div>
      {tourStep !== null ? <TourCard tour={{ ...tour, step: tourStep }} onSignIn={openSignIn} /> : null}
      {signingIn ? <SignInDialog session={session} demo={demo} onClose={closeSignIn} /> : null}
    </div>
  );
}
