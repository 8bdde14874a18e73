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

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// A page opened on a board renders once the board's code is there; if it fails to load, the route's
// own loading reports it.
preloadRoute(window.location.pathname).then(render, render);
