import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { storeContext } from './data/store-context';
import { App } from './app/App';
import { installDiagnostics } from './app/diagnostics';
import { registerServiceWorker } from './app/pwa';
import { initialLocale } from './app/useLocaleSync';
import { readState } from './state/hooks';
import './app/app.css';

installDiagnostics(window.location.search);
registerServiceWorker();
// Set before the first render so nothing flashes in the wrong language.
readState().setLocale(initialLocale());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    {/* Under /s/<storeId> every route and every <Link> is relative to that prefix. */}
    <Router base={storeContext.base}>
      <App />
    </Router>
  </StrictMode>,
);
