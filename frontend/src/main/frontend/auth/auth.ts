import { configureAuth } from '@vaadin/hilla-react-auth';
import { UserInfoService } from 'Frontend/generated/endpoints';

// Roles are the platform's authority names (PLATFORM_ADMIN, TENANT_ADMIN, ...) as in the views' rolesAllowed.
const auth = configureAuth(UserInfoService.me, { getRoles: (user) => user.roles });

export const useAuth = auth.useAuth;
export const AuthProvider = auth.AuthProvider;

export const LOGIN_URL = '/oauth2/authorization/keycloak';

/** Logout is a real form post (with the CSRF token) so the browser follows the redirect to Keycloak's logout. */
export function logoutThroughKeycloak() {
  const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = '/logout';
  const csrf = document.createElement('input');
  csrf.type = 'hidden';
  csrf.name = meta('_csrf_parameter') || '_csrf';
  csrf.value = meta('_csrf');
  form.appendChild(csrf);
  document.body.appendChild(form);
  form.submit();
}
