import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { prefetchHome } from './app/home-prefetch.ts';
import './app/styles.css';
import { setDateLocale } from './format/dates.ts';
import './i18n/index.ts';
import { storedLanguage } from './i18n/language.ts';

const language = storedLanguage();
setDateLocale(language);
document.documentElement.lang = language;
void prefetchHome(window.location);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
