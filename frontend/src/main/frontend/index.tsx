import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { i18n } from '@vaadin/hilla-react-i18n';
import { router } from 'Frontend/generated/routes.js';
import { AuthProvider } from 'Frontend/auth/auth';

// Bahasa Indonesia unless the user chose English before (Hilla i18n remembers the choice in a cookie).
await i18n.configure({ language: document.cookie.includes('vaadinLanguageSettings') ? undefined : 'id' });

createRoot(document.getElementById('outlet')!).render(
  createElement(AuthProvider, null, createElement(RouterProvider, { router })),
);
