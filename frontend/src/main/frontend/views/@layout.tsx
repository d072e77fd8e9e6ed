import { AppLayout } from '@vaadin/react-components/AppLayout.js';
import { DrawerToggle } from '@vaadin/react-components/DrawerToggle.js';
import { Icon } from '@vaadin/react-components/Icon.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { SideNav } from '@vaadin/react-components/SideNav.js';
import { SideNavItem } from '@vaadin/react-components/SideNavItem.js';
import { createMenuItems } from '@vaadin/hilla-file-router/runtime.js';
import { i18n, translate, key } from '@vaadin/hilla-react-i18n';
import '@vaadin/icons';
import { Suspense, useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import LanguageSwitch from 'Frontend/components/LanguageSwitch';
import UserPanel from 'Frontend/components/UserPanel';
import { useAuth } from 'Frontend/auth/auth';
import { inbox, useInboxUpdates } from 'Frontend/components/inbox';
import { useUncaughtProblems } from 'Frontend/components/problems';

// Bahasa Indonesia is the default; a user's choice of English is remembered by Hilla's i18n (cookie).
export default function MainLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  const { state } = useAuth();
  useInboxUpdates(!!state.user, location.pathname);
  useUncaughtProblems();
  const waiting = inbox.value?.total ?? 0;

  useEffect(() => {
    document.title = translate(key`app.title`);
    document.documentElement.lang = i18n.language.value?.startsWith('en') ? 'en' : 'id';
  }, [i18n.language.value]);

  return (
    <AppLayout primarySection="drawer">
      <div slot="drawer" className="flex flex-col justify-between h-full p-m">
        <header className="flex flex-col gap-m">
          <span className="font-semibold text-l">MeritASN</span>
          <SideNav onNavigate={({ path }) => path != null && navigate(path)} location={location}>
            {createMenuItems().map(({ to, title, icon }) => (
              <SideNavItem path={to} key={to}>
                {icon ? <Icon icon={icon} slot="prefix" /> : null}
                {i18n.translateDynamic(title ?? '')}
                {(to ?? '').replace(/\/$/, '') === '' && waiting > 0 ? (
                  <span
                    {...{ theme: 'badge pill primary' }}
                    slot="suffix"
                    id="inbox-badge"
                    data-count={waiting}
                    aria-label={translate(key`inbox.badge`, { count: waiting })}
                  >
                    {waiting}
                  </span>
                ) : null}
              </SideNavItem>
            ))}
          </SideNav>
        </header>
        <footer className="flex flex-col gap-m">
          <UserPanel />
          <LanguageSwitch />
        </footer>
      </div>
      <DrawerToggle slot="navbar" aria-label={translate(key`nav.toggle`)} />
      <h1 slot="navbar" className="text-l m-0">
        {translate(key`app.title`)}
      </h1>
      <Suspense fallback={<ProgressBar indeterminate className="m-0" />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}
