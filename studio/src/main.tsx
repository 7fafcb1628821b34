import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n/I18nProvider';
import { Frame } from './shell/Frame/Frame';
import { SessionProvider } from './shell/session';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <Frame />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
