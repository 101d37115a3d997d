import { initI18n } from '@rapport/web-ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

const render = () =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// The first paint is already in the person's language: English is bundled, a Chinese bundle is
// fetched first (the router meanwhile loads the page's code: app.tsx creates it on import). If
// that fetch fails the app still starts, in English.
void initI18n().then(render, render);
