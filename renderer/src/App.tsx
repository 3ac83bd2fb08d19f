import { useCallback, useEffect, useState, type JSX } from 'react';
import { Header } from './components/Header';
import { useAppInfo } from './hooks/useAppInfo';
import { useI18n } from './i18n/I18nProvider';
import { Sidebar, type ScreenId } from './components/Sidebar';
import { ComingSoon } from './screens/ComingSoon';
import { RecordsScreen } from './records/RecordsScreen';
import { useImport } from './records/useImport';
import { ScanScreen } from './scan/ScanScreen';
import { useScanImport } from './scan/useScanImport';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The window frame: header, left navigation and the current screen. */
export function App(): JSX.Element {
  const { t } = useI18n();
  const info = useAppInfo();
  // Held here, not in the Records screen: an import keeps running (and reporting) while the clerk looks elsewhere.
  const job = useImport();
  const scan = useScanImport();
  const [screen, setScreen] = useState<ScreenId>('records');
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
  }, []);

  const goRecords = useCallback(() => setScreen('records'), []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header info={info} />
      <div className="app-body">
        <Sidebar current={screen} onSelect={setScreen} info={info} importing={job.running} scanning={scan.running} />
        <main id="main" className="app-main" tabIndex={-1}>
          {screen === 'records' ? (
            <RecordsScreen searchRequest={searchRequest} job={job} />
          ) : screen === 'scan' ? (
            <ScanScreen job={scan} />
          ) : (
            <ComingSoon screen={screen} onGoRecords={goRecords} />
          )}
        </main>
      </div>
    </div>
  );
}
