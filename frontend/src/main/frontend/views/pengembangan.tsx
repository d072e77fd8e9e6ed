import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { useAuth } from 'Frontend/auth/auth';
import { DevelopmentBrowserService } from 'Frontend/generated/endpoints';
import type Plan from 'Frontend/generated/id/meritasn/development/DevelopmentRecords/Plan';
import type UnitLearningHours from 'Frontend/generated/id/meritasn/development/DevelopmentRecords/UnitLearningHours';
import type Step from 'Frontend/generated/id/meritasn/ui/DevelopmentBrowserService/Step';
import { serverText } from 'Frontend/components/serverTexts';
import { refreshInbox } from 'Frontend/components/inbox';
import { Problem, problemText, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`development.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK', 'EMPLOYEE'],
  menu: { order: 3.3, icon: 'vaadin:academy-cap', title: key`development.menu` },
};

/**
 * Individual development plans: one's own (proposed from the published box and the competency gaps), the staff's
 * plans waiting for the superior's agreement, any employee's plan by NIP for superiors, tenant admins and the
 * committee, with completions recorded by the superior or a tenant admin, and learning hours per unit.
 */
/** The plan's codes in the UI's language (translate() takes literal keys, so one map per code). */
function label(code?: string): string {
  const labels: Record<string, string> = {
    TRAINING: translate(key`development.kind.TRAINING`),
    COACHING: translate(key`development.kind.COACHING`),
    MENTORING: translate(key`development.kind.MENTORING`),
    ASSIGNMENT: translate(key`development.kind.ASSIGNMENT`),
    ROTATION: translate(key`development.kind.ROTATION`),
    STUDY: translate(key`development.kind.STUDY`),
    EMPLOYEE: translate(key`development.owner.EMPLOYEE`),
    SUPERVISOR: translate(key`development.owner.SUPERVISOR`),
    AGENCY: translate(key`development.owner.AGENCY`),
    PLANNED: translate(key`development.status.PLANNED`),
    DONE: translate(key`development.status.DONE`),
    CANCELLED: translate(key`development.status.CANCELLED`),
  };
  return code ? (labels[code] ?? code) : '';
}

export default function DevelopmentView() {
  const { hasAccess } = useAuth();
  const mapReader = hasAccess({ rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK'] });
  const plan = useSignal<Plan | undefined>(undefined);
  const loaded = useSignal(false);
  const nip = useSignal('');
  const shownNip = useSignal<string | undefined>(undefined);
  const toAgree = useSignal<Plan[]>([]);
  const units = useSignal<UnitLearningHours[]>([]);
  const problem = useSignal<string | undefined>(undefined);
  const evidence = useSignal<Record<string, string>>({});
  const dates = useSignal<Record<string, string>>({});
  const year = new Date().getFullYear();

  const load = async (whose?: string) => {
    problem.value = undefined;
    shownNip.value = whose;
    try {
      plan.value = (await DevelopmentBrowserService.plan(whose)) ?? undefined;
    } catch (e) {
      plan.value = undefined;
      problem.value = problemText(e);
    }
    loaded.value = true;
  };
  const loadLists = async () => {
    toAgree.value = (await DevelopmentBrowserService.toAgree().catch(showProblem(problem, []))).filter(
      (p) => !!p,
    ) as Plan[];
    // hours per unit are for those who read the talent map; an employee is not asked (the server would refuse)
    if (!mapReader) return;
    units.value = (await DevelopmentBrowserService.learningHours(year).catch(showProblem(problem, []))).filter(
      (u) => !!u,
    ) as UnitLearningHours[];
  };
  const apply = async (step: Step) => {
    problem.value = step.problem;
    if (step.plan) {
      plan.value = step.plan;
    }
    await loadLists();
    refreshInbox();
  };
  useEffect(() => {
    load(undefined);
    loadLists();
  }, []);

  const p = plan.value;
  const other = !!shownNip.value;
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`development.heading`)}</h2>
      <div className="flex gap-s items-end flex-wrap">
        <TextField
          id="development-nip"
          label={translate(key`development.nip`)}
          value={nip.value}
          helperText={translate(key`development.nipHelp`)}
          onValueChanged={(e) => (nip.value = e.detail.value)}
        />
        <Button id="development-show" onClick={() => load(nip.value.trim() || undefined)}>
          {translate(key`development.show`)}
        </Button>
      </div>
      <Problem id="development-problem" text={problem.value} />
      {loaded.value && !p ? (
        <div className="flex flex-col gap-s">
          <p className="m-0" id="development-none">
            {translate(key`development.none`)}
          </p>
          <div>
            <Button
              theme="primary"
              id="development-propose"
              onClick={async () => apply(await DevelopmentBrowserService.propose(shownNip.value))}
            >
              {translate(key`development.propose`)}
            </Button>
          </div>
        </div>
      ) : null}
      {p ? (
        <article id="development-plan" data-status={p.status} data-nip={p.nip} className="flex flex-col gap-s">
          <p className="m-0">
            <strong>{p.name}</strong> · {p.nip} · {p.year}
            {p.box ? ` · ${translate(key`talent.box`)} ${p.box}` : ''} ·{' '}
            <span id="development-status">
              {p.status === 'AGREED' ? translate(key`development.agreed`) : translate(key`development.proposed`)}
            </span>
          </p>
          <p className="m-0" id="development-hours" data-learned={p.learningHours} data-required={p.requiredHours}>
            {translate(key`development.hours`, {
              learned: p.learningHours ?? 0,
              required: p.requiredHours ?? 20,
              planned: p.plannedHours ?? 0,
            })}
          </p>
          <div className="flex gap-s">
            {p.status === 'PROPOSED' ? (
              <Button
                id="development-repropose"
                onClick={async () => apply(await DevelopmentBrowserService.propose(shownNip.value))}
              >
                {translate(key`development.proposeAgain`)}
              </Button>
            ) : null}
            {p.status === 'PROPOSED' && other ? (
              <Button
                theme="primary"
                id="development-agree"
                onClick={async () => apply(await DevelopmentBrowserService.agree(p.nip!))}
              >
                {translate(key`development.agree`)}
              </Button>
            ) : null}
          </div>
          <table className="development-actions" aria-label={translate(key`development.actions`)}>
            <thead>
              <tr>
                <th scope="col">{translate(key`development.action`)}</th>
                <th scope="col">{translate(key`development.reason`)}</th>
                <th scope="col">{translate(key`development.owner`)}</th>
                <th scope="col">{translate(key`development.due`)}</th>
                <th scope="col">JP</th>
                <th scope="col">{translate(key`development.state`)}</th>
              </tr>
            </thead>
            <tbody>
              {(p.actions ?? []).map(
                (a) =>
                  a && (
                    <tr
                      key={a.id}
                      className="development-action"
                      data-kind={a.kind}
                      data-status={a.status}
                      data-id={a.id}
                    >
                      <td>
                        {label(a.kind)} · {a.title}
                      </td>
                      <td>{serverText(a.reason)}</td>
                      <td>{label(a.owner)}</td>
                      <td>{a.dueOn}</td>
                      <td>{a.hours}</td>
                      <td>
                        {a.status === 'DONE'
                          ? `${label(a.status)} · ${a.completedOn} · ${a.evidence}`
                          : label(a.status)}
                        {a.status === 'PLANNED' && p.status === 'AGREED' && other ? (
                          <div className="flex gap-xs items-end flex-wrap">
                            <TextField
                              className="development-evidence"
                              label={translate(key`development.evidence`)}
                              value={evidence.value[String(a.id)] ?? ''}
                              onValueChanged={(e) =>
                                (evidence.value = { ...evidence.value, [String(a.id)]: e.detail.value })
                              }
                            />
                            <DatePicker
                              className="development-date"
                              label={translate(key`development.completedOn`)}
                              value={dates.value[String(a.id)] ?? ''}
                              onValueChanged={(e) => (dates.value = { ...dates.value, [String(a.id)]: e.detail.value })}
                            />
                            <Button
                              theme="small"
                              className="development-complete"
                              onClick={async () =>
                                apply(
                                  await DevelopmentBrowserService.complete(
                                    a.id!,
                                    evidence.value[String(a.id)] ?? '',
                                    dates.value[String(a.id)] ?? '',
                                  ),
                                )
                              }
                            >
                              {translate(key`development.complete`)}
                            </Button>
                          </div>
                        ) : null}
                      </td>
                    </tr>
                  ),
              )}
            </tbody>
          </table>
        </article>
      ) : null}
      {toAgree.value.length > 0 ? (
        <>
          <h3 className="m-0">{translate(key`development.toAgree`)}</h3>
          <ul id="development-to-agree" className="m-0">
            {toAgree.value.map((t) => (
              <li key={t.nip} data-nip={t.nip}>
                {t.name} · {t.nip} · {t.plannedHours} JP{' '}
                <Button
                  theme="tertiary small"
                  className="development-open"
                  onClick={() => {
                    nip.value = t.nip ?? '';
                    load(t.nip);
                  }}
                >
                  {translate(key`development.open`)}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {units.value.length > 0 ? (
        <>
          <h3 className="m-0">{translate(key`development.units`, { year })}</h3>
          <table id="development-units">
            <thead>
              <tr>
                <th scope="col">{translate(key`development.unit`)}</th>
                <th scope="col">{translate(key`development.employees`)}</th>
                <th scope="col">JP</th>
                <th scope="col">{translate(key`development.meeting`)}</th>
                <th scope="col">{translate(key`development.plans`)}</th>
              </tr>
            </thead>
            <tbody>
              {units.value.map((u) => (
                <tr key={u.unitCode}>
                  <td>{u.unitName}</td>
                  <td>{u.employees}</td>
                  <td>{u.hours}</td>
                  <td>{u.meetingYearly}</td>
                  <td>
                    {u.agreedPlans} / {u.plans}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
