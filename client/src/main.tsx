import './no-code-generation';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadRoute } from './app/App';
import { syncDocumentLanguage } from './i18n/use-t';
import './styles/base.css';
import './styles/board.css';
import './styles/pages.css';
import './styles/templates.css';

syncDocumentLanguage();
preloadRoute(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
