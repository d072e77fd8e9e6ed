import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Link } from 'react-router';
import { useAuth } from 'Frontend/auth/auth';
import { inbox } from 'Frontend/components/inbox';
import { serverText } from 'Frontend/components/serverTexts';
import { EmployeeSummary, PlatformSummary } from 'Frontend/components/HomeSummaries';

export const config: ViewConfig = {
  title: key`home.menu`,
  menu: { order: 0, icon: 'vaadin:home', title: key`home.menu` },
};

function present<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** What waits for the signed-in user: their inbox, each task linked to the view that acts on it. */
function Waiting() {
  const current = inbox.value;
  if (!current) {
    return null;
  }
  const tasks = (current.tasks ?? []).filter(present);
  const unavailable = (current.unavailable ?? []).filter(present);
  return (
    <section id="inbox" className="flex flex-col gap-s" aria-labelledby="inbox-heading">
      <h2 className="m-0" id="inbox-heading">
        {translate(key`inbox.heading`)}
      </h2>
      {tasks.length === 0 ? (
        <p className="m-0" id="inbox-empty">
          {translate(key`inbox.empty`)}
        </p>
      ) : (
        <ul className="m-0 flex flex-col gap-xs" id="inbox-tasks">
          {tasks.map((t) => (
            <li key={t.kind} className="inbox-task" data-kind={t.kind} data-count={t.count}>
              <Link to={t.link ?? '/'}>{serverText(t.text)}</Link>
            </li>
          ))}
        </ul>
      )}
      {unavailable.length > 0 ? (
        <p className="m-0 text-s" role="status">
          {translate(key`inbox.unavailable`, { features: unavailable.join(', ') })}
        </p>
      ) : null}
    </section>
  );
}

export default function HomeView() {
  const { state, hasAccess } = useAuth();
  return (
    <section className="p-l flex flex-col gap-m page">
      {state.user ? <Waiting /> : null}
      {hasAccess({ rolesAllowed: ['EMPLOYEE'] }) ? <EmployeeSummary /> : null}
      {hasAccess({ rolesAllowed: ['PLATFORM_ADMIN', 'NATIONAL_OVERSIGHT'] }) ? <PlatformSummary /> : null}
      <h2 className="m-0">{translate(key`home.heading`)}</h2>
      <p>{translate(key`home.intro`)}</p>
      <ul>
        <li>{translate(key`home.feature.records`)}</li>
        <li>{translate(key`home.feature.assessment`)}</li>
        <li>{translate(key`home.feature.talentmap`)}</li>
        <li>{translate(key`home.feature.succession`)}</li>
        <li>{translate(key`home.feature.mobility`)}</li>
      </ul>
    </section>
  );
}
