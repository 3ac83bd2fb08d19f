import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hasApi } from './api';
import { I18nProvider } from './i18n/I18nProvider';
import { vi } from './i18n/vi';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

if (hasApi()) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
} else {
  // Without the preload (or the test host's bridge) nothing can work; say so instead of a blank window.
  const message = document.createElement('p');
  message.className = 'fatal';
  message.textContent = vi['app.noApi'];
  root.append(message);
}
