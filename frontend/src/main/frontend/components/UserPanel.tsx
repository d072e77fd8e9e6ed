import { Button } from '@vaadin/react-components/Button.js';
import { Select } from '@vaadin/react-components/Select.js';
import { MyAgencyService } from 'Frontend/generated/endpoints';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { LOGIN_URL, logoutThroughKeycloak, useAuth } from 'Frontend/auth/auth';

const roleKeys = {
  PLATFORM_ADMIN: key`role.PLATFORM_ADMIN`,
  NATIONAL_OVERSIGHT: key`role.NATIONAL_OVERSIGHT`,
  TENANT_ADMIN: key`role.TENANT_ADMIN`,
  ASSESSOR: key`role.ASSESSOR`,
  TALENT_COMMITTEE: key`role.TALENT_COMMITTEE`,
  PPK: key`role.PPK`,
  EMPLOYEE: key`role.EMPLOYEE`,
  AGENCY_INTEGRATION: key`role.AGENCY_INTEGRATION`,
  DATA_PROTECTION_OFFICER: key`role.DATA_PROTECTION_OFFICER`,
};

/** Acts for another of the user's agencies; the page reloads so that nothing of the previous agency stays on it. */
async function actFor(agency: string) {
  await MyAgencyService.actFor(agency);
  window.location.reload();
}

/**
 * Who is signed in (name, agency, roles) with login and logout through Keycloak. A user of several agencies chooses
 * the one they act for here (the server lists the current one first).
 */
export default function UserPanel() {
  const { state } = useAuth();
  const user = state.user;
  if (state.loading) {
    return null;
  }
  if (!user) {
    return (
      <a href={LOGIN_URL} id="login-link">
        <Button theme="primary">{translate(key`user.login`)}</Button>
      </a>
    );
  }
  const visibleRoles = user.roles.filter((r) => r in roleKeys) as (keyof typeof roleKeys)[];
  return (
    <div className="flex flex-col gap-xs" id="user-panel">
      <strong id="user-name">{user.fullName}</strong>
      <span id="user-agency">{user.agencies[0]?.displayName ?? translate(key`user.noAgency`)}</span>
      {user.agencies.length > 1 ? (
        <Select
          id="agency-switch"
          label={translate(key`user.actFor`)}
          value={user.agencies[0].key}
          items={user.agencies.map((a) => ({ label: a.displayName, value: a.key }))}
          onValueChanged={(e) => e.detail.value !== user.agencies[0].key && actFor(e.detail.value)}
        />
      ) : null}
      <span id="user-roles" className="text-s">
        {visibleRoles.map((r) => translate(roleKeys[r])).join(', ')}
      </span>
      <Button onClick={logoutThroughKeycloak} id="logout-button">
        {translate(key`user.logout`)}
      </Button>
    </div>
  );
}
