import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { useEffect } from 'react';
import { LOGIN_URL } from 'Frontend/auth/auth';

// Views that need a login send visitors here; the login itself happens on Keycloak's pages.
export const config: ViewConfig = { menu: { exclude: true }, title: key`user.login` };

export default function LoginView() {
  useEffect(() => {
    window.location.href = LOGIN_URL;
  }, []);
  return <p className="p-l">{translate(key`user.redirecting`)}</p>;
}
